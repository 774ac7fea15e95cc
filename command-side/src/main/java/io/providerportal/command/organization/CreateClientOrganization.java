package io.providerportal.command.organization;

import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.policy.PolicyState;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a client organization of a provider, its default collection, and the owner's invitation with Manage on
 * that collection. Ids are chosen by the caller so the command can be retried. {@code providerPolicies} are the
 * provider's enabled default policies, which the organization lives under from the start.
 */
record CreateClientOrganization(
        @TargetAggregateIdentifier UUID organizationId,
        UUID providerId,
        String name,
        PlanType plan,
        int seats,
        String billingEmail,
        String providerKey,
        UUID defaultCollectionId,
        String defaultCollectionName,
        UUID ownerMemberId,
        String ownerEmail,
        Map<PolicyType, PolicyState> providerPolicies) {}
