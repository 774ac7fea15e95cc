package io.providerportal.command.vault;

import io.providerportal.command.organization.CollectionGrants;
import io.providerportal.command.vault.VaultItemCommands.Placement;
import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.platform.web.NotFound;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The checks of {@link VaultItem} that need nothing of the item's own state. */
final class ItemRules {

    private ItemRules() {}

    static ItemRights reachable(ItemRights rights) {
        if (!rights.reach()) {
            throw NotFound.item();
        }
        return rights;
    }

    static CollectionGrants member(CollectionGrants grants) {
        if (!grants.member()) {
            throw OrganizationPolicy.notFound();
        }
        return grants;
    }

    static void requireMayAddTo(CollectionGrants grants, Set<UUID> collections) {
        if (collections.isEmpty()) {
            throw VaultErrors.collectionRequired();
        }
        collections.forEach(id -> requireMayAddTo(grants, id));
    }

    static void requireMayAddTo(CollectionGrants grants, UUID collectionId) {
        requireExists(grants, collectionId);
        if (!grants.mayEditIn(collectionId)) {
            throw VaultErrors.collectionNotWritable();
        }
    }

    static void requireExists(CollectionGrants grants, UUID collectionId) {
        if (!grants.existing().contains(collectionId)) {
            throw NotFound.collection();
        }
    }

    static void requireOwnFolder(VaultDirectory directory, UUID actor, Placement placement) {
        if (placement.folderId() != null && !directory.ownsFolder(actor, placement.folderId())) {
            throw VaultErrors.folderNotFound();
        }
    }

    /**
     * V-09, for an actor who does not reach every item: every collection they add or remove must be one they may
     * edit, and the collections they cannot see stay as they are. Answers the item's new collections.
     */
    static Set<UUID> changedCollections(CollectionGrants grants, Set<UUID> current, Set<UUID> wanted) {
        Set<UUID> changed = new HashSet<>(wanted);
        current.stream().filter(grants.collections()::containsKey).forEach(changed::add);
        changed.removeIf(id -> wanted.contains(id) && current.contains(id));
        changed.forEach(id -> requireMayAddTo(grants, id));
        Set<UUID> result = new HashSet<>(wanted);
        current.stream()
                .filter(grants.existing()::contains)
                .filter(id -> !grants.collections().containsKey(id))
                .forEach(result::add);
        if (result.isEmpty()) {
            throw VaultErrors.collectionRequired();
        }
        return result;
    }
}
