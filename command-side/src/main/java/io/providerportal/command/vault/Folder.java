package io.providerportal.command.vault;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import io.providerportal.command.vault.FolderCommands.CreateFolder;
import io.providerportal.command.vault.FolderCommands.DeleteFolder;
import io.providerportal.command.vault.FolderCommands.RenameFolder;
import io.providerportal.events.vault.FolderCreated;
import io.providerportal.events.vault.FolderDeleted;
import io.providerportal.events.vault.FolderRenamed;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A folder of one user's (V-04): only its owner sees it, renames it or deletes it. */
@Aggregate(cache = "aggregateCache")
class Folder {

    @AggregateIdentifier
    private UUID folderId;

    private UUID userId;

    Folder() {}

    @CommandHandler
    Folder(CreateFolder command) {
        apply(new FolderCreated(command.folderId(), command.actor(), command.name()));
    }

    @CommandHandler
    void handle(RenameFolder command) {
        requireOwner(command.actor());
        apply(new FolderRenamed(folderId, userId, command.name()));
    }

    @CommandHandler
    void handle(DeleteFolder command) {
        requireOwner(command.actor());
        apply(new FolderDeleted(folderId, userId));
    }

    private void requireOwner(UUID actor) {
        if (!userId.equals(actor)) {
            throw VaultErrors.folderNotFound();
        }
    }

    @EventSourcingHandler
    void on(FolderCreated event) {
        folderId = event.folderId();
        userId = event.userId();
    }

    @EventSourcingHandler
    void on(FolderDeleted event) {
        markDeleted();
    }
}
