package io.providerportal.standalone.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The portal's own certificate for serving HTTPS without a certificate authority: made once, for the names it is
 * reached by, and kept in its directory as a PKCS#12 key store (with its password beside it, both readable by the
 * owner only) and as {@code portal.pem}, the certificate alone, for clients to trust.
 */
final class SelfSignedCertificate {

    static final String ALIAS = "portal";
    private static final Duration VALIDITY = Duration.ofDays(825);

    record Kept(Path keyStore, String password, Path certificate) {}

    private SelfSignedCertificate() {}

    /** The kept certificate, or a new one if there is none yet. */
    static Kept ensure(Path directory, List<String> names) {
        Path keyStore = directory.resolve("portal.p12");
        Path passwordFile = directory.resolve("portal.p12.password");
        Path certificate = directory.resolve("portal.pem");
        try {
            if (!Files.exists(keyStore)) {
                Files.createDirectories(directory);
                String password = HexFormat.of().formatHex(randomBytes(16));
                KeyPair keys = keyPair();
                X509Certificate made = certificate(keys, names);
                writePrivately(passwordFile, password.getBytes(StandardCharsets.UTF_8));
                writePrivately(keyStore, keyStoreBytes(keys, made, password));
                Files.writeString(certificate, pem(made), StandardCharsets.US_ASCII);
            }
            return new Kept(keyStore, Files.readString(passwordFile).trim(), certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the portal's certificate in " + directory, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make the portal's certificate", e);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(KeyPair keys, List<String> names)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        X500Name subject = new X500Name("CN=Provider Portal");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALIDITY)),
                subject,
                keys.getPublic());
        builder.addExtension(
                Extension.subjectAlternativeName,
                false,
                new GeneralNames(
                        names.stream().map(SelfSignedCertificate::generalName).toArray(GeneralName[]::new)));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    /** An IP address literal becomes an IP name, anything else a DNS name. */
    private static GeneralName generalName(String name) {
        boolean address = name.matches("[0-9.]+") || name.contains(":");
        return new GeneralName(address ? GeneralName.iPAddress : GeneralName.dNSName, name);
    }

    private static byte[] keyStoreBytes(KeyPair keys, X509Certificate certificate, String password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keys.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            store.store(out, password.toCharArray());
            return out.toByteArray();
        }
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    /** Written whole or not at all, readable by the owner only where the file system knows permissions. */
    private static void writePrivately(Path file, byte[] content) throws IOException {
        Path temporary =
                Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection applies
        }
        try (OutputStream out = Files.newOutputStream(temporary)) {
            out.write(content);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
