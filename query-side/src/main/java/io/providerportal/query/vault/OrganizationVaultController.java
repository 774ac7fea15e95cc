package io.providerportal.query.vault;

import io.providerportal.platform.security.Actor;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.vault.VaultViews.CollectionManagementView;
import io.providerportal.query.vault.VaultViews.OrganizationItemView;
import io.providerportal.query.web.ReadsFrom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An organization's vault as its administrators see it (V-14), its collections, and its collection settings. */
@RestController
@ReadsFrom({
    ProjectionNames.VAULT_ITEMS,
    ProjectionNames.VAULT_ACCESS,
    ProjectionNames.ORGANIZATIONS,
    ProjectionNames.PROVIDER_MEMBERS
})
@RequestMapping("/organizations/{organizationId}")
class OrganizationVaultController {

    private final OrganizationVaultAccess access;
    private final VaultQueries queries;
    private final ItemQueries items;
    private final VaultAccessLog accessLog;

    OrganizationVaultController(
            OrganizationVaultAccess access, VaultQueries queries, ItemQueries items, VaultAccessLog accessLog) {
        this.access = access;
        this.queries = queries;
        this.items = items;
        this.accessLog = accessLog;
    }

    /**
     * Unassigned items included; trashed items only with {@code trash=true}, and then only they. A provider member
     * who opens a client's vault this way is recorded (PO-13).
     */
    @GetMapping("/items")
    Map<String, List<OrganizationItemView>> items(
            @PathVariable UUID organizationId, @RequestParam(defaultValue = "false") boolean trash, Actor actor) {
        ItemAccess reach = access.items(actor, organizationId);
        if (reach == ItemAccess.METADATA_ONLY) {
            accessLog.providerOpened(organizationId);
        }
        return Map.of("data", items.organizationItems(organizationId, actor.id(), reach, trash));
    }

    /** Every collection with its access lists to those who administer collections; to others what they reach. */
    @GetMapping("/collections")
    Map<String, List<?>> collections(@PathVariable UUID organizationId, Actor actor) {
        return Map.of(
                "data",
                access.administersCollections(actor, organizationId)
                        ? queries.collectionDetails(organizationId)
                        : queries.reachedCollections(actor.id(), organizationId));
    }

    @GetMapping("/collection-management")
    CollectionManagementView collectionManagement(@PathVariable UUID organizationId, Actor actor) {
        access.requireMember(actor, organizationId);
        return queries.collectionManagement(organizationId);
    }
}
