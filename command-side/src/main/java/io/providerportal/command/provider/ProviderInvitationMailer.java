package io.providerportal.command.provider;

import io.providerportal.command.mail.MailOutbox;
import io.providerportal.command.mail.PortalMailProperties;
import io.providerportal.command.provider.InvitationTokens.Invitation;
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
 * Mails each invitation with its accept link. A side effect, so it never runs on replay; the token's lifetime
 * counts from the event's time, so a redelivered event yields the same token.
 */
@Component
@ProcessingGroup("provider-invitations")
@DisallowReplay
class ProviderInvitationMailer {

    private final InvitationTokens tokens;
    private final MailOutbox outbox;
    private final PortalMailProperties mail;

    ProviderInvitationMailer(InvitationTokens tokens, MailOutbox outbox, PortalMailProperties mail) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.mail = mail;
    }

    @EventHandler
    void on(ProviderUserInvited event, @Timestamp Instant at) {
        send(event.providerId(), event.providerUserId(), event.email(), at);
    }

    @EventHandler
    void on(ProviderUserReinvited event, @Timestamp Instant at) {
        send(event.providerId(), event.providerUserId(), event.email(), at);
    }

    private void send(UUID providerId, UUID providerUserId, String email, Instant at) {
        String token = tokens.issue(new Invitation(providerId, providerUserId, email), at);
        String link = UriComponentsBuilder.fromUri(mail.publicUrl())
                .path("/providers/{providerId}/users/{providerUserId}/accept")
                .queryParam("token", token)
                .buildAndExpand(providerId, providerUserId).toUriString();
        outbox.enqueue(email, "You are invited to join a provider", """
                You have been invited to administer client organizations as a member of a provider.

                To accept, log in with %s and open this link within %d hours:
                %s

                The invitation accepts with POST %s/providers/%s/users/%s/accept and body {"token": "<token>"}.
                """.formatted(email, InvitationTokens.LIFETIME.toHours(), link, mail.publicUrl(), providerId,
                providerUserId));
    }
}
