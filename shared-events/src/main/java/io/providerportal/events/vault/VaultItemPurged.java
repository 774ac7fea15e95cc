package io.providerportal.events.vault;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An item was deleted for good: read models forget it; only this history remains. */
@Revision("1")
public record VaultItemPurged(UUID itemId, UUID organizationId, UUID ownerUserId) implements VaultItemEvent {}
