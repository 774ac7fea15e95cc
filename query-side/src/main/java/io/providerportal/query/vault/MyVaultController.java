package io.providerportal.query.vault;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.NotFound;
import io.providerportal.platform.web.StreamedJson;
import io.providerportal.query.organization.MemberPolicies;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.vault.VaultViews.FolderView;
import io.providerportal.query.vault.VaultViews.ItemView;
import io.providerportal.query.vault.VaultViews.MembershipView;
import io.providerportal.query.vault.VaultViews.MyVaultView;
import io.providerportal.query.web.ReadsFrom;
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
@ReadsFrom({
    ProjectionNames.VAULT_ITEMS,
    ProjectionNames.VAULT_ACCESS,
    ProjectionNames.ORGANIZATIONS,
    ProjectionNames.PROVIDER_MEMBERS
})
class MyVaultController {

    private final VaultSnapshots snapshots;
    private final VaultQueries queries;
    private final ItemQueries items;
    private final MemberPolicies policies;
    private final ObjectMapper json;

    MyVaultController(
            VaultSnapshots snapshots,
            VaultQueries queries,
            ItemQueries items,
            MemberPolicies policies,
            ObjectMapper json) {
        this.snapshots = snapshots;
        this.queries = queries;
        this.items = items;
        this.policies = policies;
        this.json = json;
    }

    /**
     * Every filter narrows the items further; trashed items only with {@code trash=true}, and then only they. The
     * items are written as the database hands them over, so that the answer starts before the last is read and a
     * vault of thousands is never held whole. The answer's {@code revision} is what a client sends back as
     * {@code since} to get only what changed after it: the collections, folders and items (trashed ones too) that
     * changed or came, and the ids of those it must forget; profile, organizations and policies come whole.
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
            @RequestParam(required = false) Long since,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        ItemFilter filter =
                new ItemFilter(null, organizationId, personal, collectionId, folderId, favorite, type, trash);
        if (since != null) {
            checkDelta(since, filter);
        }
        StreamedJson.write(
                json,
                response,
                MediaType.APPLICATION_JSON_VALUE,
                out -> snapshots.read(revision -> writing(() -> {
                    out.writeStartObject();
                    out.writeNumberField("revision", revision);
                    out.writeObjectField("profile", queries.profile(actor));
                    out.writeObjectField("organizations", queries.memberships(actor.id()));
                    // every policy of the caller's organizations: the clients enforce those the server cannot
                    out.writeObjectField("policies", policies.of(actor.id()));
                    if (since == null) {
                        writeWhole(out, actor.id(), filter);
                    } else {
                        writeChanges(out, actor.id(), since);
                    }
                    out.writeEndObject();
                })));
    }

    private void writeWhole(JsonGenerator out, UUID userId, ItemFilter filter) throws IOException {
        out.writeObjectField("collections", queries.reachedCollections(userId, null));
        out.writeObjectField("folders", queries.folders(userId));
        out.writeArrayFieldStart("items");
        items.eachOfMyItems(userId, filter, item -> writing(() -> out.writeObject(item)));
        out.writeEndArray();
    }

    private void writeChanges(JsonGenerator out, UUID userId, long since) throws IOException {
        out.writeObjectField("collections", queries.changedCollections(userId, since));
        out.writeObjectField("removedCollectionIds", queries.removedCollectionIds(userId, since));
        out.writeObjectField("folders", queries.changedFolders(userId, since));
        out.writeObjectField("removedFolderIds", queries.removedFolderIds(userId, since));
        out.writeArrayFieldStart("items");
        items.eachOfMyChangedItems(userId, since, item -> writing(() -> out.writeObject(item)));
        out.writeEndArray();
        out.writeObjectField("removedItemIds", items.removedItemIds(userId, since));
    }

    /** A delta holds every change of the whole vault, so that applying it leaves a whole vault. */
    private static void checkDelta(long since, ItemFilter filter) {
        if (since < 0) {
            throw new InvalidRequestException("invalid-revision", "since", "must be a revision of an earlier answer");
        }
        if (!filter.equals(new ItemFilter(null, null, null, null, null, null, null, false))) {
            throw new InvalidRequestException("invalid-filter", "since", "cannot be combined with filters");
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void writing(Write write) {
        try {
            write.run();
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
