package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A group's access to one collection was taken away. */
@Revision("1")
public record CollectionGroupAccessRemoved(UUID organizationId, UUID collectionId, UUID groupId)
        implements OrganizationEvent {}
