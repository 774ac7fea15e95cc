package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A provider created an organization for one of its clients. The organization is enabled and linked to the
 * provider from its first event.
 *
 * @param billingEmail the provider's billing email at creation, which a provider-managed organization bills to
 * @param providerKey  the organization key wrapped with the provider key (EncString type 2)
 */
@Revision("1")
public record ClientOrganizationCreated(
        UUID organizationId,
        UUID providerId,
        String name,
        PlanType plan,
        int seats,
        String billingEmail,
        String providerKey)
        implements OrganizationEvent, ProviderEvent {}
