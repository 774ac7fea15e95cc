package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member's role changed. */
@Revision("1")
public record OrganizationUserTypeChanged(UUID organizationId, UUID organizationUserId, OrganizationUserType type)
        implements OrganizationEvent {}
