package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A client organization left its provider and keeps all its data; the provider's members lose access to it.
 *
 * @param billingEmail the organization's own billing email from now on: its first Owner's, alphabetically
 */
@Revision("1")
public record ClientOrganizationUnlinked(UUID organizationId, UUID providerId, String billingEmail)
        implements OrganizationEvent, ProviderEvent {}
