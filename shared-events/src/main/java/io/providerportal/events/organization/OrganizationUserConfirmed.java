package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The member was confirmed with the organization key wrapped for them (EncString type 4): from now on they have
 * access.
 */
@Revision("1")
public record OrganizationUserConfirmed(UUID organizationId, UUID organizationUserId, UUID userId, String key)
        implements OrganizationEvent {}
