package io.providerportal.command.invitation;

import io.providerportal.command.mail.MailOutbox;
import io.providerportal.command.mail.PortalMailProperties;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Writes an invitation mail, with its accept link, to the outbox. */
@Component
public class InvitationMail {

    private final InvitationTokens tokens;
    private final MailOutbox outbox;
    private final PortalMailProperties mail;

    InvitationMail(InvitationTokens tokens, MailOutbox outbox, PortalMailProperties mail) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.mail = mail;
    }

    /**
     * @param acceptPath the accept endpoint below the public URL, e.g. {@code /providers/{id}/users/{id}/accept}
     * @param invitedAt  the invitation event's time, so a redelivered event yields the same token
     */
    public void send(InvitationTokens.Kind kind, InvitationTokens.Invitation invitation, String what,
            String acceptPath, Instant invitedAt) {
        String token = tokens.issue(kind, invitation, invitedAt);
        String link = UriComponentsBuilder.fromUri(mail.publicUrl()).path(acceptPath).queryParam("token", token)
                .toUriString();
        outbox.enqueue(invitation.email(), "You are invited to join " + what, """
                You have been invited to join %s.

                To accept, log in with %s and open this link within %d hours:
                %s

                The invitation accepts with POST %s%s and body {"token": "<token>"}.
                """.formatted(what, invitation.email(), InvitationTokens.LIFETIME.toHours(), link, mail.publicUrl(),
                acceptPath));
    }
}
