package io.providerportal.command.vault;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ActorType;
import io.providerportal.platform.web.ForbiddenException;
import java.util.UUID;

/** Vaults belong to user accounts: ops clients have none. */
final class VaultUser {

    private VaultUser() {
    }

    static UUID of(Actor actor) {
        if (actor.type() != ActorType.USER) {
            throw new ForbiddenException("user-required", "Only a user account has a vault.");
        }
        return actor.id();
    }
}
