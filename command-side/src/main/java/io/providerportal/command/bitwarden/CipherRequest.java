package io.providerportal.command.bitwarden;

import io.providerportal.command.vault.ItemRequest;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.platform.web.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A cipher as Bitwarden's clients send it. Its sections have the native item's field names, so it becomes an
 * {@link ItemRequest} and is checked as one; what this server keeps nothing of (attachments, checksums, passkeys,
 * {@code encryptedFor}) is ignored, as Bitwarden's own server ignores what it does not know.
 */
record CipherRequest(
        Integer type,
        UUID organizationId,
        UUID folderId,
        boolean favorite,
        Integer reprompt,
        String key,
        String name,
        String notes,
        ItemRequest.Login login,
        ItemRequest.Card card,
        ItemRequest.Identity identity,
        List<ItemRequest.Field> fields,
        List<ItemRequest.PasswordHistoryEntry> passwordHistory,
        Set<UUID> collectionIds,
        Instant lastKnownRevisionDate) {

    static final Map<Integer, VaultItemType> TYPES = Map.of(
            1, VaultItemType.LOGIN, 2, VaultItemType.SECURE_NOTE, 3, VaultItemType.CARD, 4, VaultItemType.IDENTITY);

    VaultItemType itemType() {
        VaultItemType itemType = type == null ? null : TYPES.get(type);
        if (itemType == null) {
            throw new InvalidRequestException("item.type-unknown", "type", "must be 1, 2, 3 or 4");
        }
        return itemType;
    }

    /** As a native item, in the collections given beside the cipher (or in it). */
    ItemRequest toItem(Set<UUID> collections) {
        VaultItemType itemType = itemType();
        return new ItemRequest(
                itemType,
                organizationId,
                collections == null ? collectionIds : collections,
                folderId,
                favorite,
                reprompt != null && reprompt == 1,
                key,
                name,
                notes,
                itemType == VaultItemType.LOGIN ? login : null,
                itemType == VaultItemType.CARD ? card : null,
                itemType == VaultItemType.IDENTITY ? identity : null,
                fields,
                passwordHistory,
                lastKnownRevisionDate);
    }
}
