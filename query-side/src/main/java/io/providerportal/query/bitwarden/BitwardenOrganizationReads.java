package io.providerportal.query.bitwarden;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.web.NotFound;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.query.organization.OrganizationMembers;
import io.providerportal.query.organization.OrganizationReadAccess;
import io.providerportal.query.vault.MyVaultReads;
import io.providerportal.query.vault.VaultViews.AccessView;
import io.providerportal.query.vault.VaultViews.CollectionDetailsView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Bitwarden's clients read to administer an organization: its members ({@code bw list org-members}, and the
 * member a confirmation is for), its collections ({@code bw list org-collections}) and one collection's access.
 * The same read models and the same checks as the native API; provider members of a client included.
 */
@RestController
class BitwardenOrganizationReads {

    private static final Map<String, Integer> STATUSES =
            Map.of("INVITED", 0, "ACCEPTED", 1, "CONFIRMED", 2, "REVOKED", -1);
    private static final Map<String, Integer> TYPES = Map.of("OWNER", 0, "ADMIN", 1, "USER", 2, "CUSTOM", 4);

    private final OrganizationMembers members;
    private final OrganizationReadAccess access;
    private final MyVaultReads vault;
    private final CipherShapes shapes;

    BitwardenOrganizationReads(
            OrganizationMembers members, OrganizationReadAccess access, MyVaultReads vault, CipherShapes shapes) {
        this.members = members;
        this.access = access;
        this.vault = vault;
        this.shapes = shapes;
    }

    @GetMapping("/api/organizations/{organizationId}/users")
    Map<String, Object> members(@PathVariable UUID organizationId, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return list(memberRows(organizationId, null));
    }

    @GetMapping("/api/organizations/{organizationId}/users/{memberId}")
    Map<String, Object> member(@PathVariable UUID organizationId, @PathVariable UUID memberId, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        Map<String, Object> member = memberRows(organizationId, memberId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("member.not-found", "No such member."));
        member.put("object", "organizationUserDetails");
        return member;
    }

    /** Every collection to those who administer them; the CLI asks others' collections of {@code /api/sync}. */
    @GetMapping("/api/organizations/{organizationId}/collections")
    Map<String, Object> collections(@PathVariable UUID organizationId, Actor actor) {
        return list(vault.administeredCollections(actor, organizationId).stream()
                .map(c -> collection(organizationId, c, false))
                .toList());
    }

    /** The collections the caller reaches, in every organization: what the CLI lists for a member. */
    @GetMapping("/api/collections")
    Map<String, Object> reachedCollections(Actor actor) {
        return list(
                vault.collections(actor.id()).stream().map(shapes::collection).toList());
    }

    @GetMapping("/api/organizations/{organizationId}/collections/{collectionId}/details")
    Map<String, Object> collection(@PathVariable UUID organizationId, @PathVariable UUID collectionId, Actor actor) {
        return vault.administeredCollections(actor, organizationId).stream()
                .filter(c -> c.id().equals(collectionId))
                .findFirst()
                .map(c -> collection(organizationId, c, true))
                .orElseThrow(() -> NotFound.collection());
    }

    private List<Map<String, Object>> memberRows(UUID organizationId, UUID memberId) {
        return members.of(organizationId, memberId).stream()
                .map(m -> {
                    Map<String, Object> member = new LinkedHashMap<>();
                    member.put("id", m.id());
                    member.put("userId", m.userId());
                    member.put("email", m.email());
                    member.put("name", m.name());
                    member.put("status", STATUSES.get(m.status()));
                    member.put("type", TYPES.get(m.type()));
                    member.put("twoFactorEnabled", false);
                    member.put("externalId", null);
                    member.put("resetPasswordEnrolled", false);
                    member.put("usesKeyConnector", false);
                    member.put("hasMasterPassword", true);
                    member.put("object", "organizationUserUserDetails");
                    return member;
                })
                .toList();
    }

    private static Map<String, Object> collection(
            UUID organizationId, CollectionDetailsView collection, boolean withAccess) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("id", collection.id());
        shaped.put("organizationId", organizationId);
        shaped.put("name", collection.name());
        shaped.put("externalId", collection.externalId());
        if (withAccess) {
            shaped.put("users", access(collection.users()));
            shaped.put("groups", access(collection.groups()));
        }
        shaped.put("object", withAccess ? "collectionAccessDetails" : "collection");
        return shaped;
    }

    private static List<Map<String, Object>> access(List<AccessView> access) {
        return access.stream()
                .map(a -> Map.<String, Object>of(
                        "id",
                        a.id(),
                        "readOnly",
                        a.readOnly(),
                        "hidePasswords",
                        a.hidePasswords(),
                        "manage",
                        a.manage()))
                .toList();
    }

    private static Map<String, Object> list(List<?> data) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("data", data);
        list.put("continuationToken", null);
        list.put("object", "list");
        return list;
    }
}
