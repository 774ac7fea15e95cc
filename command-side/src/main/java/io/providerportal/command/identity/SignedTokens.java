package io.providerportal.command.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.providerportal.platform.security.PortalClaims;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs and verifies the portal's own JWTs with the persistent signing key. Each kind of token names its use in
 * the {@code token_use} claim, so that no token can stand in for another (an invitation is not an access token).
 */
@Component
public class SignedTokens {

    private final JwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final String kid;
    private final Clock clock;

    SignedTokens(SigningKeys keys, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
        this.decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
        // expiry is checked against the injected clock below, not the system clock
        this.decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        this.kid = keys.signingKey().getKeyID();
        this.clock = clock;
    }

    public String sign(String use, JwtClaimsSet.Builder claims) {
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(kid).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(
                        header, claims.claim(PortalClaims.TOKEN_USE, use).build()))
                .getTokenValue();
    }

    /** The token's claims if it is ours, meant for {@code use}, and not expired by the portal's clock. */
    public Optional<Jwt> verify(String token, String use) {
        try {
            Jwt jwt = decoder.decode(token);
            Instant expiresAt = jwt.getExpiresAt();
            boolean valid = use.equals(jwt.getClaimAsString(PortalClaims.TOKEN_USE))
                    && expiresAt != null
                    && clock.instant().isBefore(expiresAt);
            return valid ? Optional.of(jwt) : Optional.empty();
        } catch (JwtException e) {
            return Optional.empty();
        }
    }
}
