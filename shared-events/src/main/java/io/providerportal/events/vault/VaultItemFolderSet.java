package io.providerportal.events.vault;

import io.providerportal.events.UserEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A user filed an item in one of their folders (null: in none). Placement is per user, even on shared items. */
@Revision("1")
public record VaultItemFolderSet(UUID itemId, UUID userId, UUID folderId) implements UserEvent {}
