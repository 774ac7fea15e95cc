package io.providerportal.events.vault;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An item was moved to the trash; {@code deletedDate} is also its new revision date. */
@Revision("1")
public record VaultItemTrashed(UUID itemId, UUID organizationId, UUID ownerUserId, Instant deletedDate)
        implements VaultItemEvent {}
