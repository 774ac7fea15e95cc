package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A group was deleted, with its memberships and its collection access. */
@Revision("1")
public record GroupDeleted(UUID organizationId, UUID groupId) implements OrganizationEvent {}
