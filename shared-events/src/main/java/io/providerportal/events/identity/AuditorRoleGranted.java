package io.providerportal.events.identity;

import io.providerportal.events.UserEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An operator made a user an auditor: from their next sign-in they read and verify the complete history. */
@Revision("1")
public record AuditorRoleGranted(UUID userId) implements UserEvent {}
