package io.providerportal.command.vault;

import io.providerportal.events.vault.VaultItemType;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands of {@link VaultItem}. {@code actor} is the user who asks, from the access token; {@code now} the
 * request's time, from which the item's next revision date is taken.
 */
public final class VaultItemCommands {

    private VaultItemCommands() {}

    /** The caller's own placement of an item, beside its shared contents. */
    public record Placement(UUID folderId, boolean favorite) {}

    /** An item's shared contents: {@code data} is the JSON object of EncStrings built by {@link ItemRequest}. */
    public record Contents(String data, String key, boolean reprompt) {}

    public record CreateItem(
            @TargetAggregateIdentifier UUID itemId,
            UUID actor,
            UUID organizationId,
            VaultItemType type,
            Contents contents,
            Set<UUID> collectionIds,
            Placement placement,
            Instant now) {}

    /**
     * The check of the last read revision: exact for this API; Bitwarden's clients expect a second's slack and no
     * check at all when they send no revision.
     */
    public enum RevisionCheck {
        EXACT,
        WITHIN_A_SECOND
    }

    public record UpdateItem(
            @TargetAggregateIdentifier UUID itemId,
            UUID actor,
            VaultItemType type,
            Contents contents,
            Placement placement,
            Instant lastKnownRevisionDate,
            Instant now,
            RevisionCheck check) {

        public UpdateItem(
                UUID itemId,
                UUID actor,
                VaultItemType type,
                Contents contents,
                Placement placement,
                Instant lastKnownRevisionDate,
                Instant now) {
            this(itemId, actor, type, contents, placement, lastKnownRevisionDate, now, RevisionCheck.EXACT);
        }
    }

    public record ChangeItemCollections(
            @TargetAggregateIdentifier UUID itemId, UUID actor, Set<UUID> collectionIds, Instant now) {}

    public record ShareItem(
            @TargetAggregateIdentifier UUID itemId,
            UUID actor,
            UUID organizationId,
            Contents contents,
            Set<UUID> collectionIds,
            Instant lastKnownRevisionDate,
            Instant now,
            RevisionCheck check) {

        public ShareItem(
                UUID itemId,
                UUID actor,
                UUID organizationId,
                Contents contents,
                Set<UUID> collectionIds,
                Instant lastKnownRevisionDate,
                Instant now) {
            this(
                    itemId,
                    actor,
                    organizationId,
                    contents,
                    collectionIds,
                    lastKnownRevisionDate,
                    now,
                    RevisionCheck.EXACT);
        }
    }

    public record PlaceItem(@TargetAggregateIdentifier UUID itemId, UUID actor, Placement placement) {}

    public record MoveItemToFolder(
            @TargetAggregateIdentifier UUID itemId, UUID actor, UUID folderId) {}

    public record TrashItem(@TargetAggregateIdentifier UUID itemId, UUID actor, Instant now) {}

    public record RestoreItem(@TargetAggregateIdentifier UUID itemId, UUID actor, Instant now) {}

    public record PurgeItem(@TargetAggregateIdentifier UUID itemId, UUID actor) {}
}
