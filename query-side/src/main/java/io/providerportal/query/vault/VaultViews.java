package io.providerportal.query.vault;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.providerportal.query.organization.MemberPolicies.MemberPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the vault endpoints answer. Item {@code data} is the stored JSON object, passed through as it is. */
public final class VaultViews {

    private VaultViews() {}

    /**
     * My Vault as {@code GET /vault} writes it; the three lists of removed ids only in a delta ({@code since}), whose
     * collections, folders and items are those that changed.
     */
    public record MyVaultView(
            long revision,
            ProfileView profile,
            List<MembershipView> organizations,
            List<MemberPolicy> policies,
            List<CollectionView> collections,
            List<UUID> removedCollectionIds,
            List<FolderView> folders,
            List<UUID> removedFolderIds,
            List<ItemView> items,
            List<UUID> removedItemIds) {}

    public record ProfileView(UUID id, String email, String name) {}

    /** {@code type} is the caller's role, {@code key} the organization key wrapped for the caller. */
    public record MembershipView(
            UUID id, String name, String type, Set<String> permissions, String key, boolean enabled, UUID providerId) {}

    /** A collection the caller reaches, with the caller's effective access to it. */
    public record CollectionView(
            UUID id, UUID organizationId, String name, boolean readOnly, boolean hidePasswords, boolean manage) {}

    /** A collection with everyone's access to it, for those who administer collections. */
    public record CollectionDetailsView(
            UUID id, String name, String externalId, List<AccessView> users, List<AccessView> groups) {}

    /** {@code id} is an organization user's id or a group's id. */
    public record AccessView(UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {}

    public record CollectionManagementView(
            boolean limitCollectionCreation,
            boolean limitCollectionDeletion,
            boolean allowAdminAccessToAllCollectionItems) {}

    public record FolderView(UUID id, String name) {}

    /** An item as one user sees it: only the collections that user reaches, that user's folder and favourite. */
    public record ItemView(
            UUID id,
            UUID organizationId,
            String type,
            @JsonRawValue String data,
            String key,
            boolean reprompt,
            List<UUID> collectionIds,
            UUID folderId,
            boolean favorite,
            boolean edit,
            boolean viewPassword,
            boolean manage,
            Instant creationDate,
            Instant revisionDate,
            Instant deletedDate) {}

    /** An item of an organization's admin vault, with all its collections; without contents for metadata. */
    public record OrganizationItemView(
            UUID id,
            UUID organizationId,
            String type,
            @JsonRawValue String data,
            String key,
            boolean reprompt,
            List<UUID> collectionIds,
            boolean edit,
            boolean viewPassword,
            boolean manage,
            Instant creationDate,
            Instant revisionDate,
            Instant deletedDate) {}
}
