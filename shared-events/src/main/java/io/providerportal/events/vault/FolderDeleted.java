package io.providerportal.events.vault;

import io.providerportal.events.UserEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A user deleted a folder; the items the user had filed in it are in no folder any more. */
@Revision("1")
public record FolderDeleted(UUID folderId, UUID userId) implements UserEvent {}
