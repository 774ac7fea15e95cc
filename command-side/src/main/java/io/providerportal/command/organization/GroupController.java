package io.providerportal.command.organization;

import io.providerportal.command.organization.OrganizationCommands.CreateGroup;
import io.providerportal.command.organization.OrganizationCommands.DeleteGroup;
import io.providerportal.command.organization.OrganizationCommands.UpdateGroup;
import io.providerportal.command.organization.OrganizationMemberController.Access;
import io.providerportal.command.web.CommandSender;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Groups (O-16): create, update (name, members, collection access) and delete, for those who manage groups. */
@RestController
@RequestMapping("/organizations/{organizationId}/groups")
class GroupController {

    /** The group's whole state; members and collections left out mean none. */
    record GroupRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 1000) Set<@NotNull UUID> members,
            @Size(max = 500) List<@Valid Access> collections) {

        Set<UUID> memberIds() {
            return members == null ? Set.of() : members;
        }

        List<OrganizationCommands.CollectionAccess> access() {
            return collections == null
                    ? List.of()
                    : collections.stream().map(Access::toCommand).toList();
        }
    }

    private final CommandSender commands;
    private final OrganizationAccess access;

    GroupController(CommandSender commands, OrganizationAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> create(
            @PathVariable UUID organizationId, @Valid @RequestBody GroupRequest request, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_GROUPS);
        UUID groupId = Ids.newId();
        long position = commands.send(
                new CreateGroup(organizationId, groupId, request.name().trim(), request.memberIds(), request.access()));
        return commands.created(
                URI.create("/organizations/" + organizationId + "/groups/" + groupId), position, Map.of("id", groupId));
    }

    @PutMapping("/{groupId}")
    ResponseEntity<Void> update(
            @PathVariable UUID organizationId,
            @PathVariable UUID groupId,
            @Valid @RequestBody GroupRequest request,
            Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_GROUPS);
        return commands.done(commands.send(new UpdateGroup(
                organizationId, groupId, request.name().trim(), request.memberIds(), request.access())));
    }

    @DeleteMapping("/{groupId}")
    ResponseEntity<Void> delete(@PathVariable UUID organizationId, @PathVariable UUID groupId, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_GROUPS);
        return commands.done(commands.send(new DeleteGroup(organizationId, groupId)));
    }
}
