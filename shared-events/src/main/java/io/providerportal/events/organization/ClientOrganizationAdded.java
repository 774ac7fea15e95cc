package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An existing organization became a client of a provider: from now on the provider's members administer it.
 *
 * @param billingEmail the provider's billing email, which the organization now bills to
 * @param providerKey  the organization key wrapped with the provider key (EncString type 2)
 */
@Revision("1")
public record ClientOrganizationAdded(UUID organizationId, UUID providerId, String billingEmail, String providerKey)
        implements OrganizationEvent, ProviderEvent {}
