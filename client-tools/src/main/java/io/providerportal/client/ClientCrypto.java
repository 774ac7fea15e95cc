package io.providerportal.client;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key derivation and EncString encryption exactly as Bitwarden clients do it, so that a server under
 * test receives the same opaque values a real client would send and can only check their shape.
 *
 * <p>Every algorithm used here is mandatory in the JDK, so a {@link GeneralSecurityException} signals a
 * broken runtime and is rethrown unchecked. Malformed input and failed authentication are reported as
 * {@link IllegalArgumentException}.
 */
public final class ClientCrypto {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64_ENCODER = Base64.getEncoder();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    private static final String AES_CBC = "AES/CBC/PKCS5Padding";
    private static final String RSA_OAEP = "RSA/ECB/OAEPWithSHA-1AndMGF1Padding";
    private static final String HMAC = "HmacSHA256";

    private ClientCrypto() {}

    /**
     * A 256-bit AES key plus a 256-bit HMAC key, the pair Bitwarden uses for every type-2 EncString.
     * Arrays are copied in and out so a key cannot be altered after construction.
     */
    public record SymmetricKey(byte[] encKey, byte[] macKey) {

        public SymmetricKey {
            if (encKey == null || encKey.length != 32 || macKey == null || macKey.length != 32) {
                throw new IllegalArgumentException("encKey and macKey must be 32 bytes each");
            }
            encKey = encKey.clone();
            macKey = macKey.clone();
        }

        public static SymmetricKey random() {
            return of(randomBytes(64));
        }

        /** Splits the 64-byte wire form (enc key first, then mac key). */
        public static SymmetricKey of(byte[] bytes) {
            if (bytes == null || bytes.length != 64) {
                throw new IllegalArgumentException("a symmetric key is 64 bytes");
            }
            return new SymmetricKey(Arrays.copyOfRange(bytes, 0, 32), Arrays.copyOfRange(bytes, 32, 64));
        }

        /** The 64-byte wire form, as it is encrypted into protected keys. */
        public byte[] toBytes() {
            return concat(encKey, macKey);
        }

        @Override
        public byte[] encKey() {
            return encKey.clone();
        }

        @Override
        public byte[] macKey() {
            return macKey.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SymmetricKey that
                    && MessageDigest.isEqual(encKey, that.encKey)
                    && MessageDigest.isEqual(macKey, that.macKey);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(encKey) + Arrays.hashCode(macKey);
        }

        /** Never prints key material. */
        @Override
        public String toString() {
            return "SymmetricKey[redacted]";
        }
    }

    /**
     * Derives the master key; the salt is the normalised email so that the same account gives the same
     * key however the address was typed.
     */
    public static byte[] masterKey(String email, String password, int iterations) {
        byte[] salt = email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * The value sent to the server instead of the password: one PBKDF2 round with the master key as
     * password and the password as salt. A single PBKDF2 block is HMAC(key, salt || INT(1)), which is
     * computed directly because PBEKeySpec cannot take arbitrary bytes as the password.
     */
    public static String masterPasswordHash(byte[] masterKey, String password) {
        byte[] salt = password.getBytes(StandardCharsets.UTF_8);
        return B64_ENCODER.encodeToString(hmac(masterKey, concat(salt, new byte[] {0, 0, 0, 1})));
    }

    /** Stretches the master key into an enc/mac pair with one HKDF-expand block per half (no extract step). */
    public static SymmetricKey stretch(byte[] masterKey) {
        return new SymmetricKey(hkdfExpandBlock(masterKey, "enc"), hkdfExpandBlock(masterKey, "mac"));
    }

    /** Encrypts to a type-2 EncString: AES-256-CBC, then HMAC-SHA256 over iv || ciphertext. */
    public static String encrypt(SymmetricKey key, byte[] plaintext) {
        byte[] iv = randomBytes(16);
        byte[] ct;
        try {
            Cipher cipher = Cipher.getInstance(AES_CBC);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.encKey, "AES"), new IvParameterSpec(iv));
            ct = cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        byte[] mac = hmac(key.macKey, concat(iv, ct));
        return "2." + B64_ENCODER.encodeToString(iv) + "|" + B64_ENCODER.encodeToString(ct) + "|"
                + B64_ENCODER.encodeToString(mac);
    }

    public static String encrypt(SymmetricKey key, String plaintext) {
        return encrypt(key, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** Decrypts a type-2 EncString, checking the MAC in constant time before touching the ciphertext. */
    public static byte[] decrypt(SymmetricKey key, String encString) {
        if (encString == null || !encString.startsWith("2.")) {
            throw new IllegalArgumentException("not a type-2 EncString");
        }
        String[] parts = encString.substring(2).split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a type-2 EncString has three parts");
        }
        byte[] iv = decodeB64(parts[0]);
        byte[] ct = decodeB64(parts[1]);
        byte[] mac = decodeB64(parts[2]);
        if (iv.length != 16) {
            throw new IllegalArgumentException("the IV must be 16 bytes");
        }
        if (!MessageDigest.isEqual(mac, hmac(key.macKey, concat(iv, ct)))) {
            throw new IllegalArgumentException("EncString MAC mismatch");
        }
        try {
            Cipher cipher = Cipher.getInstance(AES_CBC);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.encKey, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(ct);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("EncString does not decrypt", e);
        }
    }

    public static String decryptToString(SymmetricKey key, String encString) {
        return new String(decrypt(key, encString), StandardCharsets.UTF_8);
    }

    /** The account key pair; Bitwarden uses 2048-bit RSA for sharing organisation keys. */
    public static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as the server stores it: base64 of the SubjectPublicKeyInfo DER. */
    public static String publicKeyB64(KeyPair keyPair) {
        return B64_ENCODER.encodeToString(keyPair.getPublic().getEncoded());
    }

    /** Reads a PKCS#8 DER private key, as the encrypted private key of an account holds it. */
    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key", e);
        }
    }

    /**
     * The public key that belongs to a private key, base64 SubjectPublicKeyInfo DER: a client that holds only its
     * private key knows its public key too, as the modulus and public exponent are part of the private key.
     */
    public static String publicKeyB64(PrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("not an RSA private key with its public part");
        }
        try {
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return B64_ENCODER.encodeToString(publicKey.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encrypts to a type-4 EncString (RSA-OAEP with SHA-1) for the holder of the given public key. */
    public static String wrap(String publicKeyB64, byte[] data) {
        try {
            PublicKey publicKey =
                    KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decodeB64(publicKeyB64)));
            Cipher cipher = Cipher.getInstance(RSA_OAEP);
            cipher.init(Cipher.ENCRYPT_MODE, publicKey);
            return "4." + B64_ENCODER.encodeToString(cipher.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot encrypt to this public key", e);
        }
    }

    public static byte[] unwrap(PrivateKey privateKey, String encString) {
        if (encString == null || !encString.startsWith("4.")) {
            throw new IllegalArgumentException("not a type-4 EncString");
        }
        byte[] ct = decodeB64(encString.substring(2));
        try {
            Cipher cipher = Cipher.getInstance(RSA_OAEP);
            cipher.init(Cipher.DECRYPT_MODE, privateKey);
            return cipher.doFinal(ct);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("EncString does not decrypt with this private key", e);
        }
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] hkdfExpandBlock(byte[] prk, String info) {
        return hmac(prk, concat(info.getBytes(StandardCharsets.UTF_8), new byte[] {1}));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeB64(String value) {
        try {
            return B64_DECODER.decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid base64", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }
}
