package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member's direct access to one collection was set; it replaces any earlier direct access. */
@Revision("1")
public record CollectionMemberAccessSet(
        UUID organizationId,
        UUID collectionId,
        UUID organizationUserId,
        boolean readOnly,
        boolean hidePasswords,
        boolean manage)
        implements OrganizationEvent {}
