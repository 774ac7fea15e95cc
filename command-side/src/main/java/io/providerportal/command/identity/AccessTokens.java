package io.providerportal.command.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.providerportal.platform.security.ActorType;
import io.providerportal.platform.security.PortalClaims;
import io.providerportal.platform.security.PortalSecurityProperties;
import io.providerportal.platform.security.SystemRole;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Signs short-lived JWT access tokens; the resource servers of both sides verify them. */
@Component
class AccessTokens {

    private final JwtEncoder encoder;
    private final String kid;
    private final PortalSecurityProperties security;
    private final IdentityProperties identity;
    private final Clock clock;

    AccessTokens(SigningKeys keys, PortalSecurityProperties security, IdentityProperties identity, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
        this.kid = keys.signingKey().getKeyID();
        this.security = security;
        this.identity = identity;
        this.clock = clock;
    }

    String issue(UUID subject, String email, String name, ActorType type, Collection<SystemRole> roles) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .subject(subject.toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(identity.accessTokenLifetime()))
                .claim(PortalClaims.ACTOR_TYPE, type.name())
                .claim(PortalClaims.ROLES, roles.stream().map(Enum::name).toList())
                .claim("scope", "api");
        if (email != null) {
            claims.claim(PortalClaims.EMAIL, email).claim("email_verified", true);
        }
        if (name != null) {
            claims.claim(PortalClaims.NAME, name);
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(kid).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    long lifetimeSeconds() {
        return identity.accessTokenLifetime().toSeconds();
    }
}
