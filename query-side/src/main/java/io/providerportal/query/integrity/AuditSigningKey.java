package io.providerportal.query.integrity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.providerportal.platform.Ids;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The query side's own RSA key for signing chain heads, kept in {@code audit_signing_key}: the identity key that
 * signs access tokens belongs to the command side. Created on first use; every query-side instance signs alike.
 */
@Component
class AuditSigningKey {

    private final JdbcClient jdbc;
    private volatile RSAKey key;

    AuditSigningKey(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A compact JWS (RS256) over the claims, as JSON. */
    String sign(Map<String, Object> claims) {
        RSAKey signingKey = key();
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signingKey.getKeyID())
                        .build(),
                new Payload(claims));
        try {
            jws.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jws.serialize();
    }

    JWKSet publicKeys() {
        return new JWKSet(key().toPublicJWK());
    }

    private RSAKey key() {
        RSAKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                current = key;
            }
        }
        return current;
    }

    private RSAKey loadOrCreate() {
        KeyPair candidate = generate();
        // Concurrent first uses race on the single row; whichever insert wins is the key for everyone.
        jdbc.sql("""
                insert into audit_signing_key (id, kid, private_key, public_key) values (1, ?, ?, ?)
                on conflict (id) do nothing
                """)
                .params(
                        Ids.newId().toString(),
                        candidate.getPrivate().getEncoded(),
                        candidate.getPublic().getEncoded())
                .update();
        return jdbc.sql("select kid, private_key, public_key from audit_signing_key where id = 1")
                .query((rs, i) -> toKey(rs.getString("kid"), rs.getBytes("private_key"), rs.getBytes("public_key")))
                .single();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey toKey(String kid, byte[] privateKey, byte[] publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Stored audit signing key is unreadable", e);
        }
    }
}
