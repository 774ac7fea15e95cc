package io.providerportal.command.bitwarden;

import io.providerportal.command.organization.OrganizationAccess;
import io.providerportal.command.organization.OrganizationActor;
import io.providerportal.command.organization.OrganizationCommands.ConfirmOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.CreateCollection;
import io.providerportal.command.organization.OrganizationCommands.DeleteCollection;
import io.providerportal.command.organization.OrganizationCommands.Grant;
import io.providerportal.command.organization.OrganizationCommands.UpdateCollection;
import io.providerportal.command.organization.OtherMemberships;
import io.providerportal.command.web.CommandSender;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.validation.EncString;
import io.providerportal.platform.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Organization administration from Bitwarden's clients: confirming a member ({@code bw confirm org-member}) and
 * the collections ({@code bw create|edit|delete org-collection}), on the native commands and their checks.
 */
@RestController
@RequestMapping("/api/organizations/{organizationId}")
class BitwardenOrganizationWrites {

    /** An access entry; the CLI gives a provider member, who has no membership, an entry without an id. */
    record Selection(UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {}

    record CollectionRequest(
            @NotBlank @EncString @Size(max = 1000) String name,
            @Size(max = 300) String externalId,
            @Size(max = 1000) List<Selection> users,
            @Size(max = 500) List<Selection> groups) {}

    /** {@code defaultUserCollectionName} (a personal collection per member) is not kept: there are none here. */
    record ConfirmRequest(
            @NotBlank @EncString(EncString.Type.ASYMMETRIC) @Size(max = 2000)
            String key) {}

    private final CommandSender commands;
    private final OrganizationAccess access;
    private final OtherMemberships elsewhere;

    BitwardenOrganizationWrites(CommandSender commands, OrganizationAccess access, OtherMemberships elsewhere) {
        this.commands = commands;
        this.access = access;
        this.elsewhere = elsewhere;
    }

    @PostMapping("/users/{memberId}/confirm")
    ResponseEntity<Void> confirm(
            @PathVariable UUID organizationId,
            @PathVariable UUID memberId,
            @Valid @RequestBody ConfirmRequest request,
            Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.ok(
                commands.send(new ConfirmOrganizationUser(
                        organizationId, memberId, request.key(), elsewhere.ofMember(organizationId, memberId), acting)),
                null);
    }

    @PostMapping("/collections")
    ResponseEntity<Map<String, Object>> create(
            @PathVariable UUID organizationId, @Valid @RequestBody CollectionRequest request, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        UUID collectionId = Ids.newId();
        CreateCollection command = new CreateCollection(
                organizationId,
                collectionId,
                request.name(),
                request.externalId(),
                grants(request.users()),
                grants(request.groups()),
                acting);
        long position = commands.send(command);
        return commands.ok(position, collection(organizationId, collectionId, request.name(), command.externalId()));
    }

    /** The whole access is replaced, so it must be sent: a request without it would take everyone's away. */
    @PutMapping("/collections/{collectionId}")
    ResponseEntity<Map<String, Object>> update(
            @PathVariable UUID organizationId,
            @PathVariable UUID collectionId,
            @Valid @RequestBody CollectionRequest request,
            Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        if (request.users() == null || request.groups() == null) {
            throw new InvalidRequestException(
                    "collection.access-required",
                    request.users() == null ? "users" : "groups",
                    "must list the collection's whole access (bw get org-collection shows it)");
        }
        long position = commands.send(new UpdateCollection(
                organizationId,
                collectionId,
                request.name(),
                grants(request.users()),
                grants(request.groups()),
                acting));
        return commands.ok(position, collection(organizationId, collectionId, request.name(), request.externalId()));
    }

    @DeleteMapping("/collections/{collectionId}")
    ResponseEntity<Void> delete(@PathVariable UUID organizationId, @PathVariable UUID collectionId, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        return commands.ok(commands.send(new DeleteCollection(organizationId, collectionId, acting)), null);
    }

    private static List<Grant> grants(List<Selection> selections) {
        return selections == null
                ? List.of()
                : selections.stream()
                        .filter(Objects::nonNull)
                        .filter(s -> s.id() != null)
                        .map(s -> new Grant(s.id(), s.readOnly(), s.hidePasswords(), s.manage()))
                        .toList();
    }

    private static Map<String, Object> collection(
            UUID organizationId, UUID collectionId, String name, String externalId) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("id", collectionId);
        collection.put("organizationId", organizationId);
        collection.put("name", name);
        collection.put("externalId", externalId);
        collection.put("object", "collection");
        return collection;
    }
}
