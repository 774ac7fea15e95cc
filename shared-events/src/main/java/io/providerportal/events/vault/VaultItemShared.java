package io.providerportal.events.vault;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A personal item moved into an organization, for good: its contents were re-encrypted by the client under the
 * organization key and replace the personal ones.
 */
@Revision("1")
public record VaultItemShared(
        UUID itemId,
        UUID organizationId,
        UUID formerOwnerUserId,
        String data,
        String key,
        List<UUID> collectionIds,
        Instant revisionDate)
        implements VaultItemEvent {}
