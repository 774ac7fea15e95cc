package io.providerportal.command.organization;

import io.providerportal.command.organization.MemberCommands.Membership;
import io.providerportal.events.organization.PlanType;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A user creates an organization of their own: they become its confirmed Owner with their copy of the
 * organization key ({@code ownerKey}, EncString type 4), and get Manage on its default collection.
 * {@code ownerElsewhere} are the owner's memberships of other organizations.
 */
record CreateOrganization(
        @TargetAggregateIdentifier UUID organizationId,
        String name,
        String billingEmail,
        PlanType plan,
        int seats,
        UUID ownerMemberId,
        UUID ownerUserId,
        String ownerEmail,
        String ownerKey,
        UUID defaultCollectionId,
        String defaultCollectionName,
        List<Membership> ownerElsewhere) {}
