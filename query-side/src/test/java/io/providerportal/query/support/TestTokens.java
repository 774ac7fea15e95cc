package io.providerportal.query.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.providerportal.platform.security.JwtVerificationKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The query side verifies tokens it did not issue; on its own in a test it trusts this key, which signs tokens
 * shaped exactly like the command side's.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokens {

    private static final KeyPair KEYS = generate();

    @Bean
    JwtVerificationKey testVerificationKey() {
        return () -> (RSAPublicKey) KEYS.getPublic();
    }

    public static String user(UUID userId, String email) {
        return token(userId.toString(), email, "USER", List.of());
    }

    /** A validly signed token whose subject is no portal id, as a misconfigured external issuer might send. */
    public static String withSubject(String subject) {
        return token(subject, null, "USER", List.of());
    }

    public static String operator() {
        return token(UUID.randomUUID().toString(), null, "SERVICE_CLIENT", List.of("OPERATOR"));
    }

    /** A user holding the auditor system role, which opens {@code /audit/**}. */
    public static String auditor(UUID userId) {
        return token(userId.toString(), "auditor@example.test", "USER", List.of("AUDITOR"));
    }

    private static String token(String subject, String email, String actorType, List<String> roles) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic())
                .privateKey((RSAPrivateKey) KEYS.getPrivate())
                .keyID("test")
                .build();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("provider-portal")
                .subject(subject)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600))
                .claim("actor_type", actorType)
                .claim("roles", roles)
                .claim("token_use", "access");
        if (email != null) {
            claims.claim("email", email);
        }
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).keyId("test").build(), claims.build()))
                .getTokenValue();
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
}
