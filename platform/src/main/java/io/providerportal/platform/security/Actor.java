package io.providerportal.platform.security;

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

    public boolean isOperator() {
        return has(SystemRole.OPERATOR);
    }
}
