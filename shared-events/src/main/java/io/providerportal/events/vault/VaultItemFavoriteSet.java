package io.providerportal.events.vault;

import io.providerportal.events.UserEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A user marked an item as a favourite, or unmarked it; per user, even on shared items. */
@Revision("1")
public record VaultItemFavoriteSet(UUID itemId, UUID userId, boolean favorite) implements UserEvent {}
