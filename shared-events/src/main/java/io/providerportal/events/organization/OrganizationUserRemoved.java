package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member (or a pending invitation) was removed from the organization. */
@Revision("1")
public record OrganizationUserRemoved(UUID organizationId, UUID organizationUserId) implements OrganizationEvent {}
