package io.providerportal.command.provider;

import io.providerportal.command.invitation.InvitationMail;
import io.providerportal.command.invitation.InvitationTokens.Invitation;
import io.providerportal.command.invitation.InvitationTokens.Kind;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserReinvited;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Mails each provider invitation with its accept link. A side effect, so it never runs on replay. */
@Component
@ProcessingGroup("provider-invitations")
@DisallowReplay
class ProviderInvitationMailer {

    private final InvitationMail mail;

    ProviderInvitationMailer(InvitationMail mail) {
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
        mail.send(Kind.PROVIDER, new Invitation(providerId, providerUserId, email), "a provider",
                "/providers/" + providerId + "/users/" + providerUserId + "/accept", at);
    }
}
