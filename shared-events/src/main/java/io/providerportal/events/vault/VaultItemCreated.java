package io.providerportal.events.vault;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An item was created, either personal (owned by {@code ownerUserId}) or in an organization (in
 * {@code collectionIds}); exactly one of the two owners is set.
 *
 * @param data         the item's contents: a JSON object whose every secret value is an EncString
 * @param key          the item's own key, wrapped with the owner's key (EncString), or null
 * @param reprompt     the client asks for the master password again before showing it
 * @param revisionDate the revision a later update must name as its last known one
 */
@Revision("1")
public record VaultItemCreated(
        UUID itemId,
        UUID organizationId,
        UUID ownerUserId,
        VaultItemType type,
        String data,
        String key,
        boolean reprompt,
        List<UUID> collectionIds,
        Instant revisionDate)
        implements VaultItemEvent {}
