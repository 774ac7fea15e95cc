package io.providerportal.command.invitation;

import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.RuleViolationException;

/** The rejections of accepting an invitation, the same for providers and organizations. */
public final class InvitationErrors {

    private InvitationErrors() {}

    public static RuleViolationException invalid() {
        return new RuleViolationException("invitation.invalid", "token", "The invitation is invalid or has expired.");
    }

    public static ForbiddenException wrongUser() {
        return new ForbiddenException("invitation.wrong-user", "This invitation was sent to another email address.");
    }
}
