package io.providerportal.command.organization;

import io.providerportal.command.organization.OrganizationCommands.AddCollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.CreateCollection;
import io.providerportal.command.organization.OrganizationCommands.DeleteCollection;
import io.providerportal.command.organization.OrganizationCommands.Grant;
import io.providerportal.command.organization.OrganizationCommands.SetCollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.UpdateCollection;
import io.providerportal.command.organization.OrganizationCommands.UpdateCollectionManagement;
import io.providerportal.command.web.CommandSender;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.validation.EncString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashSet;
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
 * Collections (C-01..C-06): any confirmed member or provider member may ask; the {@link Organization} aggregate
 * decides from the actor's role, their Manage flag and the collection management settings.
 */
@RestController
@RequestMapping("/organizations/{organizationId}")
class CollectionController {

    record Access(@NotNull UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {
        Grant toGrant() {
            return new Grant(id, readOnly, hidePasswords, manage);
        }
    }

    /** The collection's name (an EncString under the organization key) and its whole access; left out means none. */
    record CollectionRequest(
            @NotBlank @EncString @Size(max = 1000) String name,
            @Size(max = 1000) List<@Valid Access> users,
            @Size(max = 500) List<@Valid Access> groups) {}

    /** As {@link CollectionRequest}, plus the id a directory gives the collection, set once, here. */
    record NewCollectionRequest(
            @NotBlank @EncString @Size(max = 1000) String name,
            @Size(max = 300) String externalId,
            @Size(max = 1000) List<@Valid Access> users,
            @Size(max = 500) List<@Valid Access> groups) {}

    record AccessRequest(
            @Size(max = 1000) List<@Valid Access> users,
            @Size(max = 500) List<@Valid Access> groups) {}

    record BulkAccessRequest(
            @NotEmpty @Size(max = 100) List<@NotNull UUID> collectionIds,
            @Size(max = 1000) List<@Valid Access> users,
            @Size(max = 500) List<@Valid Access> groups) {}

    record CollectionManagementRequest(
            boolean limitCollectionCreation,
            boolean limitCollectionDeletion,
            boolean allowAdminAccessToAllCollectionItems) {}

    private final CommandSender commands;
    private final OrganizationAccess access;

    CollectionController(CommandSender commands, OrganizationAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping("/collections")
    ResponseEntity<Map<String, UUID>> create(
            @PathVariable UUID organizationId, @Valid @RequestBody NewCollectionRequest request, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        UUID collectionId = Ids.newId();
        long position = commands.send(new CreateCollection(
                organizationId,
                collectionId,
                request.name(),
                request.externalId(),
                grants(request.users()),
                grants(request.groups()),
                acting));
        return commands.created(
                URI.create("/organizations/" + organizationId + "/collections/" + collectionId),
                position,
                Map.of("id", collectionId));
    }

    @PutMapping("/collections/{collectionId}")
    ResponseEntity<Void> update(
            @PathVariable UUID organizationId,
            @PathVariable UUID collectionId,
            @Valid @RequestBody CollectionRequest request,
            Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        return commands.done(commands.send(new UpdateCollection(
                organizationId,
                collectionId,
                request.name(),
                grants(request.users()),
                grants(request.groups()),
                acting)));
    }

    @PutMapping("/collections/{collectionId}/access")
    ResponseEntity<Void> setAccess(
            @PathVariable UUID organizationId,
            @PathVariable UUID collectionId,
            @Valid @RequestBody AccessRequest request,
            Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        return commands.done(commands.send(new SetCollectionAccess(
                organizationId, collectionId, grants(request.users()), grants(request.groups()), acting)));
    }

    /** Bitwarden's bulk-access: the access is added to every collection; theirs for anyone else stays. */
    @PostMapping("/collections/bulk-access")
    ResponseEntity<Void> addAccess(
            @PathVariable UUID organizationId, @Valid @RequestBody BulkAccessRequest request, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        return commands.done(commands.send(new AddCollectionAccess(
                organizationId,
                List.copyOf(new LinkedHashSet<>(request.collectionIds())),
                grants(request.users()),
                grants(request.groups()),
                acting)));
    }

    @DeleteMapping("/collections/{collectionId}")
    ResponseEntity<Void> delete(@PathVariable UUID organizationId, @PathVariable UUID collectionId, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        return commands.done(commands.send(new DeleteCollection(organizationId, collectionId, acting)));
    }

    @PutMapping("/collection-management")
    ResponseEntity<Void> updateSettings(
            @PathVariable UUID organizationId, @Valid @RequestBody CollectionManagementRequest request, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        return commands.done(commands.send(new UpdateCollectionManagement(
                organizationId,
                request.limitCollectionCreation(),
                request.limitCollectionDeletion(),
                request.allowAdminAccessToAllCollectionItems(),
                acting)));
    }

    private static List<Grant> grants(List<Access> access) {
        return access == null ? List.of() : access.stream().map(Access::toGrant).toList();
    }
}
