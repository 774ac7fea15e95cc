package io.providerportal.command.vault;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of {@link Folder}; {@code actor} is the user who asks, from the access token. */
public final class FolderCommands {

    private FolderCommands() {}

    public record CreateFolder(@TargetAggregateIdentifier UUID folderId, UUID actor, String name) {}

    public record RenameFolder(@TargetAggregateIdentifier UUID folderId, UUID actor, String name) {}

    public record DeleteFolder(@TargetAggregateIdentifier UUID folderId, UUID actor) {}
}
