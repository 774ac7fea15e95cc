package io.providerportal.command.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.JwtVerificationKey;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs access tokens. Created once and kept in the database, so tokens stay valid across
 * restarts and every command-side instance signs with the same key.
 */
@Component
class SigningKeys implements JwtVerificationKey {

    private final RSAKey key;

    SigningKeys(JdbcClient jdbc) {
        this.key = loadOrCreate(jdbc);
    }

    RSAKey signingKey() {
        return key;
    }

    @Override
    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    JWKSet publicKeySet() {
        return new JWKSet(key.toPublicJWK());
    }

    private static RSAKey loadOrCreate(JdbcClient jdbc) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var candidate = generator.generateKeyPair();
            // Concurrent first starts race on the single row; whichever insert wins is the key for everyone.
            jdbc.sql("""
                    insert into signing_key (id, kid, private_key, public_key) values (1, ?, ?, ?)
                    on conflict (id) do nothing
                    """)
                    .params(
                            Ids.newId().toString(),
                            candidate.getPrivate().getEncoded(),
                            candidate.getPublic().getEncoded())
                    .update();
            return jdbc.sql("select kid, private_key, public_key from signing_key where id = 1")
                    .query((rs, i) -> toKey(rs.getString("kid"), rs.getBytes("private_key"), rs.getBytes("public_key")))
                    .single();
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
                    .build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("Stored signing key is unreadable", e);
        }
    }
}
