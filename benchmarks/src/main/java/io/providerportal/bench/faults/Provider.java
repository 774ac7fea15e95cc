package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.faults.Reads.Answer;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The provider of the load, its owner's credentials and its clients as far as the owner's client knows them. */
final class Provider {

    private final UUID id;
    private final Credentials owner;
    private final Map<UUID, KnownClient> clients = new ConcurrentHashMap<>();

    Provider(UUID id, Credentials owner) {
        this.id = id;
        this.owner = owner;
    }

    UUID id() {
        return id;
    }

    Credentials owner() {
        return owner;
    }

    void add(KnownClient client) {
        clients.put(client.id(), client);
    }

    KnownClient client(UUID id) {
        return clients.get(id);
    }

    List<KnownClient> clients() {
        return List.copyOf(clients.values());
    }

    /** The provider key, as a device of its owner takes it: its own copy from {@code GET /providers}. */
    static SymmetricKey key(Device owner, Reads reads, Phase phase, UUID providerId, long position) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Optional<Answer> answer = reads.get(phase, "/providers", owner.token(), position);
            if (answer.isPresent() && answer.get().reached()) {
                for (JsonNode provider : answer.get().json().path("data")) {
                    if (providerId.toString().equals(provider.path("id").asText()) && provider.hasNonNull("key")) {
                        return owner.open(provider.get("key").asText());
                    }
                }
            }
            RetryingWriter.pause(200);
        }
        throw new IllegalStateException("the query side never showed the provider key of " + providerId);
    }
}
