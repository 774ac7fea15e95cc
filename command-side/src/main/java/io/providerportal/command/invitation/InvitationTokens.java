package io.providerportal.command.invitation;

import io.providerportal.command.identity.SignedTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring invitation tokens (120 h, as Bitwarden's), for provider and organization members alike. They
 * are derived from the invitation event and never stored: a reinvitation simply signs a new one.
 */
@Component
public class InvitationTokens {

    public static final Duration LIFETIME = Duration.ofHours(120);

    /** What an invitation is into; each kind is its own token use, so one never passes for the other. */
    public enum Kind {
        PROVIDER("provider-invitation"),
        ORGANIZATION("organization-invitation");

        private final String use;

        Kind(String use) {
            this.use = use;
        }
    }

    /** Who was invited into which tenant, as member {@code memberId}. */
    public record Invitation(UUID tenantId, UUID memberId, String email) {}

    private final SignedTokens tokens;

    InvitationTokens(SignedTokens tokens) {
        this.tokens = tokens;
    }

    public String issue(Kind kind, Invitation invitation, Instant invitedAt) {
        return tokens.sign(
                kind.use,
                JwtClaimsSet.builder()
                        .subject(invitation.memberId().toString())
                        .claim("tenant_id", invitation.tenantId().toString())
                        .claim("email", invitation.email())
                        .issuedAt(invitedAt)
                        .expiresAt(invitedAt.plus(LIFETIME)));
    }

    /** The invitation, if the token is valid, of this kind, for this member of this tenant. */
    public Optional<Invitation> verify(Kind kind, String token, UUID tenantId, UUID memberId) {
        return tokens.verify(token, kind.use)
                .map(jwt -> new Invitation(
                        UUID.fromString(jwt.getClaimAsString("tenant_id")),
                        UUID.fromString(jwt.getSubject()),
                        jwt.getClaimAsString("email")))
                .filter(invitation -> invitation.tenantId().equals(tenantId)
                        && invitation.memberId().equals(memberId));
    }
}
