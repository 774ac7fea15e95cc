package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A group got a new name. */
@Revision("1")
public record GroupRenamed(UUID organizationId, UUID groupId, String name) implements OrganizationEvent {}
