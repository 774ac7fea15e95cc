package io.providerportal.query.vault;

import io.providerportal.events.vault.VaultItemType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.query.vault.VaultViews.FolderView;
import io.providerportal.query.vault.VaultViews.ItemView;
import io.providerportal.query.vault.VaultViews.MembershipView;
import io.providerportal.query.vault.VaultViews.MyVaultView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own vault (V-13): their personal items and the organization items of the collections they reach,
 * each with the caller's rights, folder and favourite. Provider membership adds nothing here (C-08).
 */
@RestController
class MyVaultController {

    private final VaultQueries queries;
    private final ItemQueries items;

    MyVaultController(VaultQueries queries, ItemQueries items) {
        this.queries = queries;
        this.items = items;
    }

    /** Every filter narrows the items further; trashed items only with {@code trash=true}, and then only they. */
    @GetMapping("/vault")
    MyVaultView vault(@RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) Boolean personal,
            @RequestParam(required = false) UUID collectionId,
            @RequestParam(required = false) UUID folderId,
            @RequestParam(required = false) Boolean favorite,
            @RequestParam(required = false) VaultItemType type,
            @RequestParam(defaultValue = "false") boolean trash,
            Actor actor) {
        ItemFilter filter = new ItemFilter(null, organizationId, personal, collectionId, folderId, favorite, type,
                trash);
        return new MyVaultView(queries.profile(actor), queries.memberships(actor.id()),
                queries.reachedCollections(actor.id(), null), queries.folders(actor.id()),
                items.myItems(actor.id(), filter));
    }

    /** Trashed or not; an item the caller cannot reach does not exist for them. */
    @GetMapping("/items/{itemId}")
    ItemView item(@PathVariable UUID itemId, Actor actor) {
        return items.myItems(actor.id(), ItemFilter.item(itemId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("item.not-found", "No such item."));
    }

    /** The organizations the caller is a confirmed member of, with their role and key: what opens their pages. */
    @GetMapping("/organizations")
    Map<String, List<MembershipView>> organizations(Actor actor) {
        return Map.of("data", queries.memberships(actor.id()));
    }

    @GetMapping("/folders")
    Map<String, List<FolderView>> folders(Actor actor) {
        return Map.of("data", queries.folders(actor.id()));
    }
}
