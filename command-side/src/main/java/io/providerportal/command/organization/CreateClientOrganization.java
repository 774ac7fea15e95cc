package io.providerportal.command.organization;

import io.providerportal.events.organization.PlanType;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a client organization of a provider, its default collection, and the owner's invitation with Manage on
 * that collection. Ids are chosen by the caller so the command can be retried.
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
        String ownerEmail) {}
