package io.providerportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class VerifiedTokensTest {

    private final Instant issued = Instant.parse("2026-12-02T10:00:00Z");
    private final MovableClock clock = new MovableClock(issued);
    private final KeyPair keys = rsa();
    private final NimbusJwtEncoder encoder =
            new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .build())));
    private final VerifiedTokens tokens = new VerifiedTokens(
            NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build(), timestamps());

    @Test
    void a_token_sent_again_is_accepted_until_it_expires_and_refused_after() {
        String token = token(issued.plus(Duration.ofMinutes(15)));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("user");
        clock.now = issued.plus(Duration.ofMinutes(14));
        assertThat(tokens.decode(token).getSubject()).isEqualTo("user");
        clock.now = issued.plus(Duration.ofMinutes(16));
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_token_whose_signature_was_altered_is_refused_even_after_the_genuine_one_was_accepted() {
        String token = token(issued.plus(Duration.ofMinutes(15)));
        tokens.decode(token);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String altered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A')
                + signature.substring(1);

        assertThatThrownBy(() -> tokens.decode(altered)).isInstanceOf(BadJwtException.class);
    }

    private String token(Instant expiresAt) {
        return encoder.encode(JwtEncoderParameters.from(JwtClaimsSet.builder()
                        .subject("user")
                        .issuedAt(issued)
                        .expiresAt(expiresAt)
                        .build()))
                .getTokenValue();
    }

    private JwtTimestampValidator timestamps() {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
