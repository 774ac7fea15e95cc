package io.providerportal.command.identity;

import io.providerportal.command.identity.UserAccountCommands.GrantAuditorRole;
import io.providerportal.command.identity.UserAccountCommands.RevokeAuditorRole;
import io.providerportal.command.web.CommandSender;
import io.providerportal.platform.web.NotFound;
import io.providerportal.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators (every {@code /admin} path is theirs) make users auditors and take the role away again. The role
 * comes with the user's next access token.
 */
@RestController
@RequestMapping("/admin/auditors/{userId}")
class AuditorController {

    private final CommandSender commands;

    AuditorController(CommandSender commands) {
        this.commands = commands;
    }

    @PutMapping
    ResponseEntity<Void> grant(@PathVariable UUID userId) {
        return commands.done(commands.send(new GrantAuditorRole(userId), AuditorController::noSuchUser));
    }

    @DeleteMapping
    ResponseEntity<Void> revoke(@PathVariable UUID userId) {
        return commands.done(commands.send(new RevokeAuditorRole(userId), AuditorController::noSuchUser));
    }

    private static NotFoundException noSuchUser() {
        return NotFound.user();
    }
}
