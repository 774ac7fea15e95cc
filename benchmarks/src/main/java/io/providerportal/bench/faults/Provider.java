package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.faults.Reads.Answer;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The provider of the load and its clients, as far as its owner's client knows them. */
final class Provider {

    private final UUID id;
    private final Map<UUID, KnownClient> clients = new ConcurrentHashMap<>();

    Provider(UUID id) {
        this.id = id;
    }

    UUID id() {
        return id;
    }

    void add(KnownClient client) {
        clients.put(client.id(), client);
    }

    KnownClient client(UUID id) {
        return clients.get(id);
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
