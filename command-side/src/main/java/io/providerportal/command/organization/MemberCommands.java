package io.providerportal.command.organization;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PolicyType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The member commands of the {@link Organization} aggregate. */
public final class MemberCommands {

    private MemberCommands() {}

    record CollectionAccess(UUID collectionId, boolean readOnly, boolean hidePasswords, boolean manage) {}

    record Invitee(UUID organizationUserId, String email) {}

    record InvitationResult(List<Invitee> invited, List<String> skipped) {}

    record InviteOrganizationUsers(
            @TargetAggregateIdentifier UUID organizationId,
            List<Invitee> invitees,
            OrganizationUserType type,
            Set<CustomPermission> permissions,
            List<CollectionAccess> collections,
            Set<UUID> groups,
            OrganizationActor actor) {}

    record ReinviteOrganizationUser(
            @TargetAggregateIdentifier UUID organizationId, UUID organizationUserId, OrganizationActor actor) {}

    /**
     * The same user's accepted or confirmed membership of another organization, and whether that organization has
     * the single-organization policy on: what {@link PolicyType#SINGLE_ORG} weighs when the user joins one more.
     */
    public record Membership(UUID organizationId, OrganizationUserType type, boolean singleOrganization) {}

    /**
     * {@code email} is the accepting user's own, from their access token; {@code elsewhere} their memberships of
     * other organizations.
     */
    record AcceptOrganizationUser(
            @TargetAggregateIdentifier UUID organizationId,
            UUID organizationUserId,
            UUID userId,
            String email,
            List<Membership> elsewhere) {}

    public record ConfirmOrganizationUser(
            @TargetAggregateIdentifier UUID organizationId,
            UUID organizationUserId,
            String key,
            List<Membership> elsewhere,
            OrganizationActor actor) {}

    /** Replaces the member's role, custom permissions, direct collection access and groups. */
    record UpdateOrganizationUser(
            @TargetAggregateIdentifier UUID organizationId,
            UUID organizationUserId,
            OrganizationUserType type,
            Set<CustomPermission> permissions,
            List<CollectionAccess> collections,
            Set<UUID> groups,
            OrganizationActor actor) {}

    record RevokeOrganizationUser(
            @TargetAggregateIdentifier UUID organizationId, UUID organizationUserId, OrganizationActor actor) {}

    record RestoreOrganizationUser(
            @TargetAggregateIdentifier UUID organizationId,
            UUID organizationUserId,
            List<Membership> elsewhere,
            OrganizationActor actor) {}

    record RemoveOrganizationUser(
            @TargetAggregateIdentifier UUID organizationId, UUID organizationUserId, OrganizationActor actor) {}
}
