package io.providerportal.events.vault;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An organization item was put in exactly these collections (none: the item is unassigned). */
@Revision("1")
public record VaultItemCollectionsChanged(
        UUID itemId, UUID organizationId, List<UUID> collectionIds, Instant revisionDate) implements VaultItemEvent {}
