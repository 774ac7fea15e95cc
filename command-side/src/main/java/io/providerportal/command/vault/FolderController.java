package io.providerportal.command.vault;

import io.providerportal.command.vault.FolderCommands.CreateFolder;
import io.providerportal.command.vault.FolderCommands.DeleteFolder;
import io.providerportal.command.vault.FolderCommands.RenameFolder;
import io.providerportal.command.web.CommandSender;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.validation.EncString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own folders (V-04); the name is an EncString under the user's key. Another's folder is not found. */
@RestController
@RequestMapping("/folders")
class FolderController {

    record FolderRequest(
            @NotBlank @EncString @Size(max = 1000) String name) {}

    private final CommandSender commands;

    FolderController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> create(@Valid @RequestBody FolderRequest request, Actor actor) {
        UUID folderId = Ids.newId();
        long position = commands.send(new CreateFolder(folderId, actor.requireUser(), request.name()));
        return commands.created(URI.create("/folders/" + folderId), position, Map.of("id", folderId));
    }

    @PutMapping("/{folderId}")
    ResponseEntity<Void> rename(@PathVariable UUID folderId, @Valid @RequestBody FolderRequest request, Actor actor) {
        return commands.done(
                commands.send(new RenameFolder(folderId, actor.id(), request.name()), VaultErrors::folderNotFound));
    }

    @DeleteMapping("/{folderId}")
    ResponseEntity<Void> delete(@PathVariable UUID folderId, Actor actor) {
        return commands.done(commands.send(new DeleteFolder(folderId, actor.id()), VaultErrors::folderNotFound));
    }
}
