package io.providerportal.events.vault;

import io.providerportal.events.UserEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A user created a folder of their own; the name is an EncString under the user's key. */
@Revision("1")
public record FolderCreated(UUID folderId, UUID userId, String name) implements UserEvent {}
