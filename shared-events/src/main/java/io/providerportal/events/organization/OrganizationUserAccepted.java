package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The invited user accepted with a valid token; an admin may now confirm them. */
@Revision("1")
public record OrganizationUserAccepted(UUID organizationId, UUID organizationUserId, UUID userId)
        implements OrganizationEvent {}
