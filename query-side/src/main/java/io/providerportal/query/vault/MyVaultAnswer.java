package io.providerportal.query.vault;

import com.fasterxml.jackson.core.JsonGenerator;
import io.providerportal.platform.security.Actor;
import io.providerportal.query.vault.VaultViews.ItemView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Writes My Vault, whole or as the delta since a revision, item by item as the database hands them over. The
 * revision is taken before anything is read, so whatever changes during the read is sent again by the next delta.
 */
@Component
class MyVaultAnswer {

    private final VaultQueries queries;
    private final ItemQueries items;
    private final VaultChanges changes;
    private final VaultRevision revisions;

    MyVaultAnswer(VaultQueries queries, ItemQueries items, VaultChanges changes, VaultRevision revisions) {
        this.queries = queries;
        this.items = items;
        this.changes = changes;
        this.revisions = revisions;
    }

    /** The vault the filter selects, with the revision to ask for the next delta from. */
    void whole(Actor actor, ItemFilter filter, JsonGenerator out) throws IOException {
        long revision = revisions.current();
        start(actor, revision, true, out);
        items.eachOfMyItems(actor.id(), filter, item -> write(out, item));
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * What changed after {@code since} in the live items ({@code trash} false) or in the trash: the changed items
     * that belong there, and the ids of the others that changed or were purged, which may have left it. The whole
     * vault instead when the user's access was recomputed since (which items they reach may have changed in bulk)
     * or when {@code since} is beyond the revision (read models reset or restored).
     */
    void since(Actor actor, long since, boolean trash, JsonGenerator out) throws IOException {
        long revision = revisions.current();
        VaultChanges.Changes changed = changes.since(actor.id(), since);
        if (since > revision || changed.accessChanged()) {
            start(actor, revision, true, out);
            items.eachOfMyItems(actor.id(), ItemFilter.trash(trash), item -> write(out, item));
            out.writeEndArray();
            out.writeEndObject();
            return;
        }
        start(actor, revision, false, out);
        Set<UUID> removed = new LinkedHashSet<>(changed.changedItemIds());
        Set<UUID> written = new HashSet<>();
        if (!removed.isEmpty()) {
            items.eachOfMyItemsAmong(actor.id(), changed.changedItemIds(), whereTrashIs(trash, item -> {
                written.add(item.id());
                write(out, item);
            }));
        }
        removed.removeAll(written);
        removed.addAll(changed.purgedItemIds());
        out.writeEndArray();
        out.writeArrayFieldStart("removedItemIds");
        for (UUID id : removed) {
            out.writeString(id.toString());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Everything but the items, then the items array opened. */
    private void start(Actor actor, long revision, boolean full, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("revision", revision);
        out.writeBooleanField("full", full);
        out.writeObjectField("profile", queries.profile(actor));
        out.writeObjectField("organizations", queries.memberships(actor.id()));
        out.writeObjectField("collections", queries.reachedCollections(actor.id(), null));
        out.writeObjectField("folders", queries.folders(actor.id()));
        out.writeArrayFieldStart("items");
    }

    private static Consumer<ItemView> whereTrashIs(boolean trash, Consumer<ItemView> each) {
        return item -> {
            if ((item.deletedDate() != null) == trash) {
                each.accept(item);
            }
        };
    }

    private static void write(JsonGenerator out, ItemView item) {
        try {
            out.writeObject(item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
