package io.providerportal.command.vault;

import io.providerportal.events.vault.VaultItemType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An item as a write leaves it, seen by the writer: for answers that show the item whole, since Bitwarden's
 * clients keep the cipher a write answers with instead of reading it again.
 *
 * @param data        the stored JSON object of EncStrings
 * @param deletedDate when it went to the trash, or null
 */
public record StoredItem(
        UUID id,
        UUID organizationId,
        VaultItemType type,
        String data,
        String key,
        boolean reprompt,
        List<UUID> collectionIds,
        UUID folderId,
        boolean favorite,
        Instant creationDate,
        Instant revisionDate,
        Instant deletedDate) {}
