package io.providerportal.events.vault;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An item's contents were replaced; {@code data}, {@code key} and {@code reprompt} as in {@link VaultItemCreated}. */
@Revision("1")
public record VaultItemUpdated(
        UUID itemId,
        UUID organizationId,
        UUID ownerUserId,
        String data,
        String key,
        boolean reprompt,
        Instant revisionDate)
        implements VaultItemEvent {}
