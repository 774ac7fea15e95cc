package io.providerportal.command.organization;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.policy.PolicyState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the {@link Organization} aggregate, and the values they carry. */
public final class OrganizationCommands {

    private OrganizationCommands() {}

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

    /** Access of one member or group (by its id) to a collection. */
    public record Grant(UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {

        CollectionAccess to(UUID collectionId) {
            return new CollectionAccess(collectionId, readOnly, hidePasswords, manage);
        }
    }

    /** {@code externalId}, the id a directory gives the collection, is kept trimmed; a blank one is none. */
    public record CreateCollection(
            @TargetAggregateIdentifier UUID organizationId,
            UUID collectionId,
            String name,
            String externalId,
            List<Grant> users,
            List<Grant> groups,
            OrganizationActor actor) {

        public CreateCollection {
            externalId = externalId == null || externalId.isBlank() ? null : externalId.trim();
        }
    }

    /** Renames the collection and replaces its whole access. */
    public record UpdateCollection(
            @TargetAggregateIdentifier UUID organizationId,
            UUID collectionId,
            String name,
            List<Grant> users,
            List<Grant> groups,
            OrganizationActor actor) {}

    /** Replaces the collection's whole access, name unchanged. */
    record SetCollectionAccess(
            @TargetAggregateIdentifier UUID organizationId,
            UUID collectionId,
            List<Grant> users,
            List<Grant> groups,
            OrganizationActor actor) {}

    /** Adds (or changes) the listed access on every listed collection, keeping the rest of their access. */
    record AddCollectionAccess(
            @TargetAggregateIdentifier UUID organizationId,
            List<UUID> collectionIds,
            List<Grant> users,
            List<Grant> groups,
            OrganizationActor actor) {}

    public record DeleteCollection(
            @TargetAggregateIdentifier UUID organizationId, UUID collectionId, OrganizationActor actor) {}

    record UpdateCollectionManagement(
            @TargetAggregateIdentifier UUID organizationId,
            boolean limitCollectionCreation,
            boolean limitCollectionDeletion,
            boolean allowAdminAccessToAllCollectionItems,
            OrganizationActor actor) {}

    record CreateGroup(
            @TargetAggregateIdentifier UUID organizationId,
            UUID groupId,
            String name,
            Set<UUID> members,
            List<CollectionAccess> collections) {}

    record UpdateGroup(
            @TargetAggregateIdentifier UUID organizationId,
            UUID groupId,
            String name,
            Set<UUID> members,
            List<CollectionAccess> collections) {}

    record DeleteGroup(@TargetAggregateIdentifier UUID organizationId, UUID groupId) {}

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

    /** Enables an organization; sent for each client when its provider is enabled again. */
    record EnableOrganization(@TargetAggregateIdentifier UUID organizationId) {}

    /** Deletes the organization with its vault; the caller checked who asks and their master password. */
    record DeleteOrganization(@TargetAggregateIdentifier UUID organizationId) {}

    /** Disables an organization; sent for each client when its provider is disabled. */
    record DisableOrganization(@TargetAggregateIdentifier UUID organizationId) {}

    /** Sets a policy; {@code data} is its settings already checked and in canonical JSON, or null. */
    record SetPolicy(@TargetAggregateIdentifier UUID organizationId, PolicyType type, boolean enabled, String data) {}
}
