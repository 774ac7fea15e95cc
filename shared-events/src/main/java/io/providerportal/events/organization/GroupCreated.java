package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A group was created; its name is plain text, as organization metadata is. */
@Revision("1")
public record GroupCreated(UUID organizationId, UUID groupId, String name) implements OrganizationEvent {}
