package io.providerportal.command.vault;

import io.providerportal.events.vault.VaultItemType;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands of {@link VaultItem} and {@link Folder}. {@code actor} is the user who asks, from the access
 * token; {@code now} the request's time, from which the item's next revision date is taken.
 */
final class VaultCommands {

    private VaultCommands() {
    }

    /** The caller's own placement of an item, beside its shared contents. */
    record Placement(UUID folderId, boolean favorite) {
    }

    /** An item's shared contents: {@code data} is the JSON object of EncStrings built by {@link ItemRequest}. */
    record Contents(String data, String key, boolean reprompt) {
    }

    record CreateItem(@TargetAggregateIdentifier UUID itemId, UUID actor, UUID organizationId, VaultItemType type,
                      Contents contents, Set<UUID> collectionIds, Placement placement, Instant now) {
    }

    record UpdateItem(@TargetAggregateIdentifier UUID itemId, UUID actor, VaultItemType type, Contents contents,
                      Placement placement, Instant lastKnownRevisionDate, Instant now) {
    }

    record ChangeItemCollections(@TargetAggregateIdentifier UUID itemId, UUID actor, Set<UUID> collectionIds,
                                 Instant now) {
    }

    record ShareItem(@TargetAggregateIdentifier UUID itemId, UUID actor, UUID organizationId, Contents contents,
                     Set<UUID> collectionIds, Instant lastKnownRevisionDate, Instant now) {
    }

    record PlaceItem(@TargetAggregateIdentifier UUID itemId, UUID actor, Placement placement) {
    }

    record MoveItemToFolder(@TargetAggregateIdentifier UUID itemId, UUID actor, UUID folderId) {
    }

    record TrashItem(@TargetAggregateIdentifier UUID itemId, UUID actor, Instant now) {
    }

    record RestoreItem(@TargetAggregateIdentifier UUID itemId, UUID actor, Instant now) {
    }

    record PurgeItem(@TargetAggregateIdentifier UUID itemId, UUID actor) {
    }

    record CreateFolder(@TargetAggregateIdentifier UUID folderId, UUID actor, String name) {
    }

    record RenameFolder(@TargetAggregateIdentifier UUID folderId, UUID actor, String name) {
    }

    record DeleteFolder(@TargetAggregateIdentifier UUID folderId, UUID actor) {
    }
}
