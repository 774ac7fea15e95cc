package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider changed a client organization's name or seats; both carry their new values. */
@Revision("1")
public record ClientOrganizationUpdated(UUID organizationId, UUID providerId, String name, int seats)
        implements OrganizationEvent, ProviderEvent {}
