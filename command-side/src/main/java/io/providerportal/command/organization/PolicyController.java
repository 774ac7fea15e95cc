package io.providerportal.command.organization;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.command.organization.OrganizationCommands.SetPolicy;
import io.providerportal.command.web.CommandSender;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.policy.PolicySettings;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Policies (O-17, O-18): one per type, enabled or not, with settings checked per type. */
@RestController
class PolicyController {

    record PolicyRequest(@NotNull Boolean enabled, JsonNode data) {}

    private final CommandSender commands;
    private final OrganizationAccess access;

    PolicyController(CommandSender commands, OrganizationAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PutMapping("/organizations/{organizationId}/policies/{type}")
    ResponseEntity<Void> set(
            @PathVariable UUID organizationId,
            @PathVariable PolicyType type,
            @Valid @RequestBody PolicyRequest request,
            Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_POLICIES);
        String data = PolicySettings.canonical(type, request.data());
        return commands.done(commands.send(new SetPolicy(organizationId, type, request.enabled(), data)));
    }
}
