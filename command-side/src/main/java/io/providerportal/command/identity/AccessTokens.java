package io.providerportal.command.identity;

import io.providerportal.platform.security.ActorType;
import io.providerportal.platform.security.PortalClaims;
import io.providerportal.platform.security.PortalSecurityProperties;
import io.providerportal.platform.security.SystemRole;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

/** Signs short-lived JWT access tokens; the resource servers of both sides verify them. */
@Component
class AccessTokens {

    private final SignedTokens tokens;
    private final PortalSecurityProperties security;
    private final IdentityProperties identity;
    private final Clock clock;

    AccessTokens(SignedTokens tokens, PortalSecurityProperties security, IdentityProperties identity, Clock clock) {
        this.tokens = tokens;
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
        return tokens.sign(PortalClaims.ACCESS_TOKEN_USE, claims);
    }

    long lifetimeSeconds() {
        return identity.accessTokenLifetime().toSeconds();
    }
}
