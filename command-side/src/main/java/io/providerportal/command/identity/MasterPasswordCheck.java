package io.providerportal.command.identity;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * A change that cannot be undone asks the actor for their master password hash once more, as Bitwarden's secret
 * verification does: a stolen access token alone deletes nothing.
 */
@Component
public class MasterPasswordCheck {

    private final Credentials credentials;

    MasterPasswordCheck(Credentials credentials) {
        this.credentials = credentials;
    }

    public void require(Actor actor, String masterPasswordHash) {
        if (!credentials.matches(actor.requireUser(), masterPasswordHash)) {
            throw new InvalidRequestException(
                    "identity.master-password-mismatch", "masterPasswordHash", "The master password is wrong.");
        }
    }
}
