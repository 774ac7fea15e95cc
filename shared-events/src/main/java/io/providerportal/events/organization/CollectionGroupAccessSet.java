package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A group's access to one collection was set; it replaces any earlier access of the group there. */
@Revision("1")
public record CollectionGroupAccessSet(
        UUID organizationId, UUID collectionId, UUID groupId, boolean readOnly, boolean hidePasswords, boolean manage)
        implements OrganizationEvent {}
