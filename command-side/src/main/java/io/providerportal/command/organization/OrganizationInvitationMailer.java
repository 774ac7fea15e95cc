package io.providerportal.command.organization;

import io.providerportal.command.invitation.InvitationMail;
import io.providerportal.command.invitation.InvitationTokens.Invitation;
import io.providerportal.command.invitation.InvitationTokens.Kind;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserReinvited;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Mails each organization invitation with its accept link. A side effect, so it never runs on replay. */
@Component
@ProcessingGroup("organization-invitations")
@DisallowReplay
class OrganizationInvitationMailer {

    private final InvitationMail mail;

    OrganizationInvitationMailer(InvitationMail mail) {
        this.mail = mail;
    }

    @EventHandler
    void on(OrganizationUserInvited event, @Timestamp Instant at) {
        send(event.organizationId(), event.organizationUserId(), event.email(), at);
    }

    @EventHandler
    void on(OrganizationUserReinvited event, @Timestamp Instant at) {
        send(event.organizationId(), event.organizationUserId(), event.email(), at);
    }

    private void send(UUID organizationId, UUID memberId, String email, Instant at) {
        mail.send(Kind.ORGANIZATION, new Invitation(organizationId, memberId, email), "an organization",
                "/organizations/" + organizationId + "/users/" + memberId + "/accept", at);
    }
}
