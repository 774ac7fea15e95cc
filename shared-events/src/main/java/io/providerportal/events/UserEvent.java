package io.providerportal.events;

import java.util.UUID;

/** An event about one user account (not about the user's memberships, which belong to their tenants). */
public interface UserEvent {

    UUID userId();
}
