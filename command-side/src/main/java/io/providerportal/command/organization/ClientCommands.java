package io.providerportal.command.organization;

import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.policy.PolicyState;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What a provider does with an organization as its client (PO-06..PO-08). */
final class ClientCommands {

    private ClientCommands() {}

    /** {@code providerPolicies} are the provider's enabled default policies, which the organization now lives under. */
    record AddToProvider(
            @TargetAggregateIdentifier UUID organizationId,
            UUID providerId,
            String billingEmail,
            String providerKey,
            Map<PolicyType, PolicyState> providerPolicies) {}

    record UpdateClient(@TargetAggregateIdentifier UUID organizationId, UUID providerId, String name, int seats) {}

    record UnlinkFromProvider(@TargetAggregateIdentifier UUID organizationId, UUID providerId) {}

    /** The provider's default policy of this type changed; its clients record it. */
    record ApplyProviderPolicy(
            @TargetAggregateIdentifier UUID organizationId, UUID providerId, PolicyType type, PolicyState policy) {}
}
