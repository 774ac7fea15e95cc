package io.providerportal.query.vault;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.web.NotFound;
import io.providerportal.query.organization.MemberPolicies;
import io.providerportal.query.organization.MemberPolicies.MemberPolicy;
import io.providerportal.query.vault.VaultViews.CollectionView;
import io.providerportal.query.vault.VaultViews.FolderView;
import io.providerportal.query.vault.VaultViews.ItemView;
import io.providerportal.query.vault.VaultViews.MembershipView;
import io.providerportal.query.vault.VaultViews.MyVaultView;
import io.providerportal.query.vault.VaultViews.ProfileView;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
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
    private final MemberPolicies policies;
    private final ObjectMapper json;

    MyVaultController(VaultQueries queries, ItemQueries items, MemberPolicies policies, ObjectMapper json) {
        this.queries = queries;
        this.items = items;
        this.policies = policies;
        this.json = json;
    }

    /**
     * Every filter narrows the items further; trashed items only with {@code trash=true}, and then only they. The
     * items are written as the database hands them over, so that the answer starts before the last is read and a
     * vault of thousands is never held whole.
     */
    @GetMapping(path = "/vault", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MyVaultView.class)))
    void vault(
            @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) Boolean personal,
            @RequestParam(required = false) UUID collectionId,
            @RequestParam(required = false) UUID folderId,
            @RequestParam(required = false) Boolean favorite,
            @RequestParam(required = false) VaultItemType type,
            @RequestParam(defaultValue = "false") boolean trash,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        ItemFilter filter =
                new ItemFilter(null, organizationId, personal, collectionId, folderId, favorite, type, trash);
        ProfileView profile = queries.profile(actor);
        List<MembershipView> organizations = queries.memberships(actor.id());
        List<CollectionView> collections = queries.reachedCollections(actor.id(), null);
        List<FolderView> folders = queries.folders(actor.id());
        List<MemberPolicy> memberPolicies = policies.of(actor.id());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try (JsonGenerator out = json.getFactory().createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writeObjectField("profile", profile);
            out.writeObjectField("organizations", organizations);
            out.writeObjectField("collections", collections);
            out.writeObjectField("folders", folders);
            // every policy of the caller's organizations: the clients enforce those the server cannot
            out.writeObjectField("policies", memberPolicies);
            out.writeArrayFieldStart("items");
            items.eachOfMyItems(actor.id(), filter, item -> write(out, item));
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static void write(JsonGenerator out, ItemView item) {
        try {
            out.writeObject(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trashed or not; an item the caller cannot reach does not exist for them. */
    @GetMapping("/items/{itemId}")
    ItemView item(@PathVariable UUID itemId, Actor actor) {
        return items.myItems(actor.id(), ItemFilter.item(itemId)).stream()
                .findFirst()
                .orElseThrow(() -> NotFound.item());
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
