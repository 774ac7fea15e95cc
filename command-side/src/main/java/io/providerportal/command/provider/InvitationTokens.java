package io.providerportal.command.provider;

import io.providerportal.command.identity.SignedTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring invitation tokens (120 h, as Bitwarden's). They are derived from the invitation event and
 * never stored: a reinvitation simply signs a new one.
 */
@Component
class InvitationTokens {

    static final Duration LIFETIME = Duration.ofHours(120);
    private static final String USE = "provider-invitation";

    record Invitation(UUID providerId, UUID providerUserId, String email) {
    }

    private final SignedTokens tokens;

    InvitationTokens(SignedTokens tokens) {
        this.tokens = tokens;
    }

    String issue(Invitation invitation, Instant invitedAt) {
        return tokens.sign(USE, JwtClaimsSet.builder()
                .subject(invitation.providerUserId().toString())
                .claim("provider_id", invitation.providerId().toString())
                .claim("email", invitation.email())
                .issuedAt(invitedAt)
                .expiresAt(invitedAt.plus(LIFETIME)));
    }

    Optional<Invitation> verify(String token) {
        return tokens.verify(token, USE).map(jwt -> new Invitation(UUID.fromString(jwt.getClaimAsString("provider_id")),
                UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email")));
    }
}
