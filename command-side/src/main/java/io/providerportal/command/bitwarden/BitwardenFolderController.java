package io.providerportal.command.bitwarden;

import io.providerportal.command.vault.FolderCommands.CreateFolder;
import io.providerportal.command.vault.FolderCommands.DeleteFolder;
import io.providerportal.command.vault.FolderCommands.RenameFolder;
import io.providerportal.command.vault.VaultErrors;
import io.providerportal.command.web.CommandSender;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.validation.EncString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
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

/** Folders as Bitwarden's clients write them: the native folder commands, answered with the folder. */
@RestController
@RequestMapping("/api/folders")
class BitwardenFolderController {

    record FolderRequest(
            @NotBlank @EncString @Size(max = 1000) String name) {}

    private final CommandSender commands;
    private final Clock clock;

    BitwardenFolderController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody FolderRequest request, Actor actor) {
        UUID folderId = Ids.newId();
        long position = commands.send(new CreateFolder(folderId, actor.requireUser(), request.name()));
        return commands.ok(position, folder(folderId, request.name()));
    }

    @PutMapping("/{folderId}")
    ResponseEntity<Map<String, Object>> rename(
            @PathVariable UUID folderId, @Valid @RequestBody FolderRequest request, Actor actor) {
        long position =
                commands.send(new RenameFolder(folderId, actor.id(), request.name()), VaultErrors::folderNotFound);
        return commands.ok(position, folder(folderId, request.name()));
    }

    @DeleteMapping("/{folderId}")
    ResponseEntity<Void> delete(@PathVariable UUID folderId, Actor actor) {
        return commands.ok(commands.send(new DeleteFolder(folderId, actor.id()), VaultErrors::folderNotFound), null);
    }

    private Map<String, Object> folder(UUID folderId, String name) {
        Map<String, Object> folder = new LinkedHashMap<>();
        folder.put("id", folderId);
        folder.put("name", name);
        folder.put("revisionDate", clock.instant().truncatedTo(ChronoUnit.MILLIS));
        folder.put("object", "folder");
        return folder;
    }
}
