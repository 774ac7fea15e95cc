package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A revoked member was restored to the status they had before the revocation. */
@Revision("1")
public record OrganizationUserRestored(UUID organizationId, UUID organizationUserId, OrganizationUserStatus status)
        implements OrganizationEvent {}
