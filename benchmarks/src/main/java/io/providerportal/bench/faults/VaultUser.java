package io.providerportal.bench.faults;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A user of the load with their personal items, as far as their own client knows them, over every phase. */
final class VaultUser {

    private final Credentials credentials;
    private final Map<UUID, KnownItem> items = new ConcurrentHashMap<>();

    VaultUser(Credentials credentials) {
        this.credentials = credentials;
    }

    Credentials credentials() {
        return credentials;
    }

    void add(KnownItem item) {
        items.put(item.id(), item);
    }

    KnownItem item(UUID id) {
        return items.get(id);
    }

    List<KnownItem> items() {
        return List.copyOf(items.values());
    }
}
