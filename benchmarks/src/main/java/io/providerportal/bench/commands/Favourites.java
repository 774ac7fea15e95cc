package io.providerportal.bench.commands;

import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** Flips the caller's favourite flag on item {@code slot}; the flag alternates, so every call records an event. */
final class Favourites {

    private final Portal portal;
    private final String token;
    private final List<UUID> items;
    private final AtomicIntegerArray favourite;

    Favourites(Portal portal, String token, List<UUID> items) {
        this.portal = portal;
        this.token = token;
        this.items = items;
        this.favourite = new AtomicIntegerArray(items.size());
    }

    Reply toggle(int slot) {
        boolean value = favourite.get(slot) == 0;
        Reply reply = portal.put("/items/" + items.get(slot) + "/partial", token, Map.of("favorite", value));
        if (reply.ok()) {
            favourite.set(slot, value ? 1 : 0);
        }
        return reply;
    }

    boolean isFavourite(int slot) {
        return favourite.get(slot) == 1;
    }

    UUID item(int slot) {
        return items.get(slot);
    }

    int slotOf(UUID item) {
        return items.indexOf(item);
    }
}
