package io.providerportal.events.vault;

import io.providerportal.events.UserEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A user renamed one of their folders. */
@Revision("1")
public record FolderRenamed(UUID folderId, UUID userId, String name) implements UserEvent {}
