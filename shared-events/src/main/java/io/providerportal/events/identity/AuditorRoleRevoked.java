package io.providerportal.events.identity;

import io.providerportal.events.UserEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An operator took the auditor role away; access tokens issued before keep it until they expire. */
@Revision("1")
public record AuditorRoleRevoked(UUID userId) implements UserEvent {}
