package io.providerportal.platform.security;

import io.providerportal.platform.web.ForbiddenException;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting, taken from the validated access token and nothing else. Travels as metadata on every command
 * and therefore on every event.
 */
public record Actor(UUID id, String email, ActorType type, Set<SystemRole> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(SystemRole role) {
        return roles.contains(role);
    }

    /**
     * The acting user account; refuses ops clients, which own no organization and have no vault. A user's token
     * always carries the email their organizations and invitations know them by.
     */
    public UUID requireUser() {
        if (type != ActorType.USER || email == null) {
            throw new ForbiddenException("user-required", "Only a user account may do this.");
        }
        return id;
    }

    public boolean isOperator() {
        return has(SystemRole.OPERATOR);
    }
}
