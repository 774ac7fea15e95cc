package io.providerportal.command.vault;

import static io.providerportal.command.vault.ItemRules.member;
import static io.providerportal.command.vault.ItemRules.reachable;
import static io.providerportal.command.vault.ItemRules.requireExists;
import static io.providerportal.command.vault.ItemRules.requireMayAddTo;
import static io.providerportal.command.vault.ItemRules.requireOwnFolder;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import io.providerportal.command.organization.CollectionGrants;
import io.providerportal.command.vault.VaultItemCommands.ChangeItemCollections;
import io.providerportal.command.vault.VaultItemCommands.Contents;
import io.providerportal.command.vault.VaultItemCommands.CreateItem;
import io.providerportal.command.vault.VaultItemCommands.MoveItemToFolder;
import io.providerportal.command.vault.VaultItemCommands.PlaceItem;
import io.providerportal.command.vault.VaultItemCommands.Placement;
import io.providerportal.command.vault.VaultItemCommands.PurgeItem;
import io.providerportal.command.vault.VaultItemCommands.RestoreItem;
import io.providerportal.command.vault.VaultItemCommands.RevisionCheck;
import io.providerportal.command.vault.VaultItemCommands.ShareItem;
import io.providerportal.command.vault.VaultItemCommands.TrashItem;
import io.providerportal.command.vault.VaultItemCommands.UpdateItem;
import io.providerportal.events.vault.VaultItemCollectionsChanged;
import io.providerportal.events.vault.VaultItemCreated;
import io.providerportal.events.vault.VaultItemFavoriteSet;
import io.providerportal.events.vault.VaultItemFolderSet;
import io.providerportal.events.vault.VaultItemPurged;
import io.providerportal.events.vault.VaultItemRestored;
import io.providerportal.events.vault.VaultItemShared;
import io.providerportal.events.vault.VaultItemTrashed;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.events.vault.VaultItemUpdated;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One vault item, personal or owned by an organization (V-01..V-12). Who may do what is decided here, from the
 * item's own owner and collections and the actor's current collection grants: a personal item is its owner's
 * alone; an organization item is reached through collections, and those who cannot reach it get a 404.
 */
@Aggregate(cache = "aggregateCache")
class VaultItem {

    @AggregateIdentifier
    private UUID itemId;

    private UUID organizationId;
    private UUID ownerUserId;
    private VaultItemType type;
    private String data;
    private String key;
    private Set<UUID> collectionIds = Set.of();
    private boolean reprompt;
    private Instant creationDate;
    private Instant revisionDate;
    private Instant deletedDate;
    private boolean trashed;
    private final Map<UUID, UUID> folders = new HashMap<>();
    private final Set<UUID> favorites = new HashSet<>();

    VaultItem() {}

    @CommandHandler
    VaultItem(CreateItem command, VaultDirectory directory) {
        Contents contents = command.contents();
        if (command.organizationId() != null) {
            CollectionGrants grants = member(directory.grantsOf(command.actor(), command.organizationId()));
            requireMayAddTo(grants, command.collectionIds());
        } else if (directory.personalItemsRemoved(command.actor())) {
            throw VaultErrors.personalItemsRemoved();
        }
        requireOwnFolder(directory, command.actor(), command.placement());
        apply(new VaultItemCreated(
                command.itemId(),
                command.organizationId(),
                command.organizationId() == null ? command.actor() : null,
                command.type(),
                contents.data(),
                contents.key(),
                contents.reprompt(),
                sorted(command.collectionIds()),
                millis(command.now())));
        place(command.itemId(), command.actor(), command.placement());
    }

    @CommandHandler
    StoredItem handle(UpdateItem command, VaultDirectory directory) {
        ItemRights rights = requireEdit(command.actor(), directory);
        requireCurrent(command.lastKnownRevisionDate(), command.check());
        if (command.type() != type) {
            throw VaultErrors.typeChanged();
        }
        Contents contents = command.contents();
        String newData = contents.data();
        if (!rights.viewPassword()) {
            if (!Objects.equals(contents.key(), key)) {
                throw VaultErrors.keyChangeNeedsPasswordView();
            }
            newData = HiddenSecrets.keepStored(newData, data);
        }
        requireOwnFolder(directory, command.actor(), command.placement());
        apply(new VaultItemUpdated(
                itemId,
                organizationId,
                ownerUserId,
                newData,
                contents.key(),
                contents.reprompt(),
                next(command.now())));
        place(itemId, command.actor(), command.placement());
        return storedFor(command.actor());
    }

    /** V-09: needs Edit and ViewPassword, or all items; see {@link ItemRules#changedCollections}. */
    @CommandHandler
    StoredItem handle(ChangeItemCollections command, VaultDirectory directory) {
        if (organizationId == null) {
            reachable(rightsOf(command.actor(), directory)); // someone else's personal item does not exist for them
            throw VaultErrors.collectionRequired();
        }
        CollectionGrants grants = directory.grantsOf(command.actor(), organizationId);
        ItemRights rights = reachable(ItemRights.through(grants, collectionIds));
        requireNotTrashed();
        Set<UUID> wanted = Set.copyOf(command.collectionIds());
        if (grants.allItems()) {
            wanted.forEach(id -> requireExists(grants, id));
        } else {
            if (!rights.edit() || !rights.viewPassword()) {
                throw VaultErrors.editRequired();
            }
            wanted = ItemRules.changedCollections(grants, collectionIds, wanted);
        }
        if (!wanted.equals(collectionIds)) {
            apply(new VaultItemCollectionsChanged(itemId, organizationId, sorted(wanted), next(command.now())));
        }
        return storedFor(command.actor());
    }

    /** V-08: a personal item moves into an organization, one way, with contents re-encrypted by the client. */
    @CommandHandler
    StoredItem handle(ShareItem command, VaultDirectory directory) {
        if (organizationId != null) {
            reachable(ItemRights.through(directory.grantsOf(command.actor(), organizationId), collectionIds));
            throw VaultErrors.alreadyInOrganization();
        }
        reachable(rightsOf(command.actor(), directory));
        requireNotTrashed();
        requireCurrent(command.lastKnownRevisionDate(), command.check());
        CollectionGrants grants = member(directory.grantsOf(command.actor(), command.organizationId()));
        requireMayAddTo(grants, command.collectionIds());
        Contents contents = command.contents();
        apply(new VaultItemShared(
                itemId,
                command.organizationId(),
                ownerUserId,
                contents.data(),
                contents.key(),
                sorted(command.collectionIds()),
                next(command.now())));
        return storedFor(command.actor());
    }

    @CommandHandler
    StoredItem handle(PlaceItem command, VaultDirectory directory) {
        reachable(rightsOf(command.actor(), directory));
        requireOwnFolder(directory, command.actor(), command.placement());
        place(itemId, command.actor(), command.placement());
        return storedFor(command.actor());
    }

    @CommandHandler
    void handle(MoveItemToFolder command, VaultDirectory directory) {
        reachable(rightsOf(command.actor(), directory));
        Placement placement = new Placement(command.folderId(), favorites.contains(command.actor()));
        requireOwnFolder(directory, command.actor(), placement);
        place(itemId, command.actor(), placement);
    }

    @CommandHandler
    void handle(TrashItem command, VaultDirectory directory) {
        requireEdit(command.actor(), directory);
        apply(new VaultItemTrashed(itemId, organizationId, ownerUserId, next(command.now())));
    }

    @CommandHandler
    StoredItem handle(RestoreItem command, VaultDirectory directory) {
        ItemRights rights = reachable(rightsOf(command.actor(), directory));
        if (!rights.edit()) {
            throw VaultErrors.editRequired();
        }
        if (!trashed) {
            throw VaultErrors.notInTrash();
        }
        apply(new VaultItemRestored(itemId, organizationId, ownerUserId, next(command.now())));
        return storedFor(command.actor());
    }

    /** Permanent, from the trash or not; the same right as trashing (V-10). */
    @CommandHandler
    void handle(PurgeItem command, VaultDirectory directory) {
        ItemRights rights = reachable(rightsOf(command.actor(), directory));
        if (!rights.edit()) {
            throw VaultErrors.editRequired();
        }
        apply(new VaultItemPurged(itemId, organizationId, ownerUserId));
    }

    private StoredItem storedFor(UUID actor) {
        return new StoredItem(
                itemId,
                organizationId,
                type,
                data,
                key,
                reprompt,
                sorted(collectionIds),
                folders.get(actor),
                favorites.contains(actor),
                creationDate,
                revisionDate,
                deletedDate);
    }

    private ItemRights rightsOf(UUID actor, VaultDirectory directory) {
        if (organizationId == null) {
            return actor.equals(ownerUserId) ? ItemRights.ALL : ItemRights.NONE;
        }
        return ItemRights.through(directory.grantsOf(actor, organizationId), collectionIds);
    }

    /** Reach, Edit, and out of the trash: what every change of the contents needs. */
    private ItemRights requireEdit(UUID actor, VaultDirectory directory) {
        ItemRights rights = reachable(rightsOf(actor, directory));
        if (!rights.edit()) {
            throw VaultErrors.editRequired();
        }
        requireNotTrashed();
        return rights;
    }

    private void requireNotTrashed() {
        if (trashed) {
            throw VaultErrors.inTrash();
        }
    }

    /** V-07, to the millisecond: a client that did not read the latest revision would overwrite it unseen. */
    private void requireCurrent(Instant lastKnownRevisionDate, RevisionCheck check) {
        boolean stale = switch (check) {
            case EXACT -> !revisionDate.equals(millis(lastKnownRevisionDate));
            case WITHIN_A_SECOND ->
                lastKnownRevisionDate != null
                        && Duration.between(lastKnownRevisionDate, revisionDate).compareTo(Duration.ofSeconds(1)) > 0;
        };
        if (stale) {
            throw VaultErrors.outOfDate();
        }
    }

    /** Records the actor's folder and favourite where they changed (the id: a creating handler has none yet). */
    private void place(UUID item, UUID actor, Placement placement) {
        if (!Objects.equals(folders.get(actor), placement.folderId())) {
            apply(new VaultItemFolderSet(item, actor, placement.folderId()));
        }
        if (favorites.contains(actor) != placement.favorite()) {
            apply(new VaultItemFavoriteSet(item, actor, placement.favorite()));
        }
    }

    /** Revision dates only move forward, even when two changes fall in the same millisecond. */
    private Instant next(Instant now) {
        Instant candidate = millis(now);
        return candidate.isAfter(revisionDate) ? candidate : revisionDate.plusMillis(1);
    }

    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static List<UUID> sorted(Set<UUID> ids) {
        return ids.stream().sorted().toList();
    }

    @EventSourcingHandler
    void on(VaultItemCreated event) {
        itemId = event.itemId();
        organizationId = event.organizationId();
        ownerUserId = event.ownerUserId();
        type = event.type();
        data = event.data();
        key = event.key();
        reprompt = event.reprompt();
        collectionIds = Set.copyOf(event.collectionIds());
        creationDate = event.revisionDate();
        revisionDate = event.revisionDate();
    }

    @EventSourcingHandler
    void on(VaultItemUpdated event) {
        data = event.data();
        key = event.key();
        reprompt = event.reprompt();
        revisionDate = event.revisionDate();
    }

    @EventSourcingHandler
    void on(VaultItemCollectionsChanged event) {
        collectionIds = Set.copyOf(event.collectionIds());
        revisionDate = event.revisionDate();
    }

    @EventSourcingHandler
    void on(VaultItemShared event) {
        organizationId = event.organizationId();
        ownerUserId = null;
        data = event.data();
        key = event.key();
        collectionIds = Set.copyOf(event.collectionIds());
        revisionDate = event.revisionDate();
    }

    @EventSourcingHandler
    void on(VaultItemTrashed event) {
        trashed = true;
        deletedDate = event.deletedDate();
        revisionDate = event.deletedDate();
    }

    @EventSourcingHandler
    void on(VaultItemRestored event) {
        trashed = false;
        deletedDate = null;
        revisionDate = event.revisionDate();
    }

    @EventSourcingHandler
    void on(VaultItemPurged event) {
        markDeleted();
    }

    @EventSourcingHandler
    void on(VaultItemFolderSet event) {
        if (event.folderId() == null) {
            folders.remove(event.userId());
        } else {
            folders.put(event.userId(), event.folderId());
        }
    }

    @EventSourcingHandler
    void on(VaultItemFavoriteSet event) {
        if (event.favorite()) {
            favorites.add(event.userId());
        } else {
            favorites.remove(event.userId());
        }
    }
}
