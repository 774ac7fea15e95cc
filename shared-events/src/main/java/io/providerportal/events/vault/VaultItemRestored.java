package io.providerportal.events.vault;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An item came back from the trash. */
@Revision("1")
public record VaultItemRestored(UUID itemId, UUID organizationId, UUID ownerUserId, Instant revisionDate)
        implements VaultItemEvent {}
