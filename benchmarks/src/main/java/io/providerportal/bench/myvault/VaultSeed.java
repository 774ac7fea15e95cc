package io.providerportal.bench.myvault;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.Options;
import io.providerportal.bench.http.Accounts;
import io.providerportal.bench.http.Accounts.Registered;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import io.providerportal.bench.measure.Parallel;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A user who reaches {@code --items} items (10,000): one organization the user owns, its items spread over
 * {@code --collections} collections the user is a direct member of, created by {@code --seed-clients} clients.
 */
record VaultSeed(String token, UUID organizationId, SymmetricKey organizationKey, List<UUID> collectionIds,
                 AtomicLong lastPosition) {

    static VaultSeed create(Portal portal, Options options) {
        int items = options.integer("items", 10_000);
        int collections = options.integer("collections", 10);
        int seedClients = options.integer("seed-clients", 4);
        Registered user = Accounts.register(portal, "VaultUser");
        String token = Accounts.login(portal, user.account());
        SymmetricKey organizationKey = SymmetricKey.random();
        Reply created = portal.post("/organizations", token, Map.of("name", "Vault Bench",
                "billingEmail", user.account().email(), "plan", "TEAMS", "seats", 10,
                "key", Accounts.wrappedKey(user.account(), organizationKey),
                "collectionName", ClientCrypto.encrypt(organizationKey, "Default collection")));
        JsonNode organization = created.expect(201);
        AtomicLong lastPosition = new AtomicLong(created.position());
        UUID organizationId = UUID.fromString(organization.get("id").asText());
        List<UUID> collectionIds = collections(portal, token, organizationId, organizationKey,
                UUID.fromString(organization.get("defaultCollectionId").asText()), collections, lastPosition);
        Parallel.run("items created", seedClients, items, n -> {
            Reply reply = portal.post("/items", token, LoginItems.login(organizationKey, n, organizationId,
                    List.of(collectionIds.get(n % collectionIds.size()))));
            reply.expect(201);
            lastPosition.accumulateAndGet(reply.position(), Math::max);
        });
        return new VaultSeed(token, organizationId, organizationKey, collectionIds, lastPosition);
    }

    /** The default collection and the others, each granting the user Manage directly, as an owner would set up. */
    private static List<UUID> collections(Portal portal, String token, UUID organizationId, SymmetricKey key,
            UUID defaultCollectionId, int collections, AtomicLong lastPosition) {
        JsonNode members = portal.getAfter("/organizations/" + organizationId + "/users", token, lastPosition.get())
                .expect(200).get("data");
        String memberId = members.get(0).get("id").asText();
        List<UUID> ids = new ArrayList<>(List.of(defaultCollectionId));
        for (int c = 1; c < collections; c++) {
            Reply created = portal.post("/organizations/" + organizationId + "/collections", token,
                    Map.of("name", ClientCrypto.encrypt(key, "Team " + c), "users", List.of(Map.of("id", memberId,
                            "readOnly", false, "hidePasswords", false, "manage", true))));
            ids.add(UUID.fromString(created.expect(201).get("id").asText()));
            lastPosition.accumulateAndGet(created.position(), Math::max);
        }
        return ids;
    }
}
