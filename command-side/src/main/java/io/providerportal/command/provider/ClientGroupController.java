package io.providerportal.command.provider;

import io.providerportal.command.provider.ProviderCommands.CreateClientGroup;
import io.providerportal.command.provider.ProviderCommands.DeleteClientGroup;
import io.providerportal.command.provider.ProviderCommands.UpdateClientGroup;
import io.providerportal.command.web.CommandSender;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
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

/**
 * Client groups: Provider Admins name sets of their clients, and scope Service Users and technicians to
 * whole groups; a change of a group reaches every member scoped to it on their next request.
 */
@RestController
@RequestMapping("/providers/{providerId}/client-groups")
class ClientGroupController {

    record ClientGroupRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Size(max = 10_000) List<@NotNull UUID> organizationIds) {}

    private final CommandSender commands;
    private final ProviderAccess access;

    ClientGroupController(CommandSender commands, ProviderAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> create(
            @PathVariable UUID providerId, @Valid @RequestBody ClientGroupRequest request, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        if (!access.areClients(providerId, request.organizationIds())) {
            throw ProviderErrors.groupNotClients();
        }
        UUID clientGroupId = Ids.newId();
        long position = commands.send(
                new CreateClientGroup(providerId, clientGroupId, request.name().trim(), request.organizationIds()));
        return commands.created(
                URI.create("/providers/" + providerId + "/client-groups/" + clientGroupId),
                position,
                Map.of("id", clientGroupId));
    }

    @PutMapping("/{clientGroupId}")
    ResponseEntity<Void> update(
            @PathVariable UUID providerId,
            @PathVariable UUID clientGroupId,
            @Valid @RequestBody ClientGroupRequest request,
            Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        if (!access.areClients(providerId, request.organizationIds())) {
            throw ProviderErrors.groupNotClients();
        }
        return commands.done(commands.send(
                new UpdateClientGroup(providerId, clientGroupId, request.name().trim(), request.organizationIds())));
    }

    @DeleteMapping("/{clientGroupId}")
    ResponseEntity<Void> delete(@PathVariable UUID providerId, @PathVariable UUID clientGroupId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        return commands.done(commands.send(new DeleteClientGroup(providerId, clientGroupId)));
    }
}
