package io.providerportal.query.vault;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.query.vault.VaultViews.FolderView;
import io.providerportal.query.vault.VaultViews.ItemView;
import io.providerportal.query.vault.VaultViews.MembershipView;
import io.providerportal.query.vault.VaultViews.MyVaultView;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
    private final MyVaultAnswer answer;
    private final ObjectMapper json;

    MyVaultController(VaultQueries queries, ItemQueries items, MyVaultAnswer answer, ObjectMapper json) {
        this.queries = queries;
        this.items = items;
        this.answer = answer;
        this.json = json;
    }

    /**
     * Every filter narrows the items further; trashed items only with {@code trash=true}, and then only they. The
     * items are written as the database hands them over, so that the answer starts before the last is read and a
     * vault of thousands is never held whole. With {@code since}, a revision an earlier answer gave, only what
     * changed after it (see {@link MyVaultAnswer#since}); it combines with {@code trash} alone.
     */
    @GetMapping(path = "/vault", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The vault, or with since what changed after that revision",
            content = @Content(schema = @Schema(implementation = MyVaultView.class)))
    @ApiResponse(responseCode = "400", description = "since malformed, negative, or combined with a filter other"
            + " than trash", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    void vault(@RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) Boolean personal,
            @RequestParam(required = false) UUID collectionId,
            @RequestParam(required = false) UUID folderId,
            @RequestParam(required = false) Boolean favorite,
            @RequestParam(required = false) VaultItemType type,
            @RequestParam(defaultValue = "false") boolean trash,
            @Parameter(description = "The revision of the vault the client holds: answer only what changed after"
                    + " it") @RequestParam(required = false) Long since,
            Actor actor, HttpServletResponse response) throws IOException {
        ItemFilter filter = new ItemFilter(null, organizationId, personal, collectionId, folderId, favorite, type,
                trash);
        if (since != null && filter.narrowed()) {
            throw new InvalidRequestException("vault.since-with-filter", "since",
                    "A delta covers the whole vault or its trash: leave out every filter but trash.");
        }
        if (since != null && since < 0) {
            throw new InvalidRequestException("vault.invalid-since", "since", "must be a revision a vault answer gave");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try (JsonGenerator out = json.getFactory().createGenerator(response.getOutputStream())) {
            if (since == null) {
                answer.whole(actor, filter, out);
            } else {
                answer.since(actor, since, trash, out);
            }
        }
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
