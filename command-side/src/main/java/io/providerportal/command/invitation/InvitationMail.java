package io.providerportal.command.invitation;

import io.providerportal.command.invitation.InvitationTokens.Invitation;
import io.providerportal.command.invitation.InvitationTokens.Kind;
import io.providerportal.command.mail.MailOutbox;
import io.providerportal.command.mail.PortalMailProperties;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserReinvited;
import io.providerportal.events.provider.ProviderOwnerInvited;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserReinvited;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Mails each invitation, into a provider or an organization, with its accept link. A side effect: it never runs
 * on replay, and the token's lifetime counts from the event's time, so a redelivered event yields the same token.
 */
@Component
@ProcessingGroup("invitations")
@DisallowReplay
class InvitationMail {

    private final InvitationTokens tokens;
    private final MailOutbox outbox;
    private final PortalMailProperties mail;

    InvitationMail(InvitationTokens tokens, MailOutbox outbox, PortalMailProperties mail) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.mail = mail;
    }

    @EventHandler
    void on(ProviderUserInvited event, @Timestamp Instant at) {
        toProvider(event.providerId(), event.providerUserId(), event.email(), at);
    }

    @EventHandler
    void on(ProviderOwnerInvited event, @Timestamp Instant at) {
        toProvider(event.providerId(), event.providerUserId(), event.email(), at);
    }

    @EventHandler
    void on(ProviderUserReinvited event, @Timestamp Instant at) {
        toProvider(event.providerId(), event.providerUserId(), event.email(), at);
    }

    @EventHandler
    void on(OrganizationUserInvited event, @Timestamp Instant at) {
        toOrganization(event.organizationId(), event.organizationUserId(), event.email(), at);
    }

    @EventHandler
    void on(OrganizationUserReinvited event, @Timestamp Instant at) {
        toOrganization(event.organizationId(), event.organizationUserId(), event.email(), at);
    }

    private void toProvider(UUID providerId, UUID memberId, String email, Instant at) {
        send(
                Kind.PROVIDER,
                new Invitation(providerId, memberId, email),
                "a provider",
                "/providers/" + providerId + "/users/" + memberId + "/accept",
                at);
    }

    private void toOrganization(UUID organizationId, UUID memberId, String email, Instant at) {
        send(
                Kind.ORGANIZATION,
                new Invitation(organizationId, memberId, email),
                "an organization",
                "/organizations/" + organizationId + "/users/" + memberId + "/accept",
                at);
    }

    private void send(Kind kind, Invitation invitation, String what, String acceptPath, Instant invitedAt) {
        String token = tokens.issue(kind, invitation, invitedAt);
        String link = UriComponentsBuilder.fromUri(mail.publicUrl())
                .path(acceptPath)
                .queryParam("token", token)
                .toUriString();
        outbox.enqueue(invitation.email(), "You are invited to join " + what, """
                You have been invited to join %s.

                To accept, log in with %s and open this link within %d hours:
                %s

                The invitation accepts with POST %s%s and body {"token": "<token>"}.
                """.formatted(
                what, invitation.email(), InvitationTokens.LIFETIME.toHours(), link, mail.publicUrl(), acceptPath));
    }
}
