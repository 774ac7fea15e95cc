package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member's direct access to one collection was taken away. */
@Revision("1")
public record CollectionMemberAccessRemoved(UUID organizationId, UUID collectionId, UUID organizationUserId)
        implements OrganizationEvent {}
