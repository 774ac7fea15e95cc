package io.providerportal.bench.myvault;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.Options;
import io.providerportal.bench.http.Accounts;
import io.providerportal.bench.http.Accounts.Registered;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import io.providerportal.bench.measure.ClosedLoop;
import io.providerportal.bench.measure.Parallel;
import io.providerportal.bench.measure.Result;
import io.providerportal.bench.measure.Table;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * My Vault of a user who reaches 10,000 items: one organization the user owns, its items spread over collections
 * the user is a direct member of, then {@code GET /vault} read by one client, one request after another.
 */
public final class MyVaultBenchmark {

    private static final int CHANGES = 10;

    private final Portal portal;
    private final int items;
    private final int collections;
    private final int seedClients;
    private final int warmup;
    private final int requests;
    private final AtomicLong lastPosition = new AtomicLong(-1);

    public MyVaultBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.items = options.integer("items", 10_000);
        this.collections = options.integer("collections", 10);
        this.seedClients = options.integer("seed-clients", 4);
        this.warmup = options.integer("warmup", 20);
        this.requests = options.integer("requests", 200);
    }

    public void run() {
        Registered user = Accounts.register(portal, "VaultUser");
        String token = Accounts.login(portal, user.account());
        SymmetricKey organizationKey = SymmetricKey.random();
        Reply created = portal.post(
                "/organizations",
                token,
                Map.of(
                        "name",
                        "Vault Bench",
                        "billingEmail",
                        user.account().email(),
                        "plan",
                        "TEAMS",
                        "seats",
                        10,
                        "key",
                        Accounts.wrappedKey(user.account(), organizationKey),
                        "collectionName",
                        ClientCrypto.encrypt(organizationKey, "Default collection")));
        JsonNode organization = created.expect(201);
        lastPosition.set(created.position());
        UUID organizationId = UUID.fromString(organization.get("id").asText());
        List<UUID> collectionIds = collections(
                token,
                organizationId,
                organizationKey,
                UUID.fromString(organization.get("defaultCollectionId").asText()));

        Parallel.run("items created", seedClients, items, n -> {
            Reply reply = portal.post(
                    "/items",
                    token,
                    LoginItems.login(
                            organizationKey, n, organizationId, List.of(collectionIds.get(n % collectionIds.size()))));
            reply.expect(201);
            lastPosition.accumulateAndGet(reply.position(), Math::max);
        });
        Reply first = portal.getAfter("/vault", token, lastPosition.get());
        int seen = first.expect(200).get("items").size();
        Table.note(
                "My Vault holds %d items in %d collections; response %,d bytes (%.0f bytes per item)",
                seen, collectionIds.size(), first.body().length, first.body().length / (double) Math.max(1, seen));

        String oneCollection = "/vault?collectionId=" + collectionIds.get(0);
        int collectionSize =
                portal.get(oneCollection, token).expect(200).get("items").size();
        ClosedLoop.forCalls(
                "warm-up", 1, warmup, (c, i) -> portal.get("/vault", token).status());
        Result whole = ClosedLoop.forCalls(
                "GET /vault (" + seen + " items)",
                1,
                requests,
                (c, i) -> portal.get("/vault", token).status());
        Result filtered = ClosedLoop.forCalls(
                "GET /vault?collectionId= (" + collectionSize + " items)",
                1,
                requests,
                (c, i) -> portal.get(oneCollection, token).status());
        Result delta = deltas(token, first.json());
        Result floor = ClosedLoop.forCalls(
                "GET /folders (floor: one small read)",
                1,
                requests,
                (c, i) -> portal.get("/folders", token).status());
        Table.print(
                "My Vault, 1 client, sequential",
                List.of(
                        new Table.Row(whole, "p99 <= 100 ms"),
                        new Table.Row(filtered, "(context)"),
                        new Table.Row(delta, "p99 <= 5 ms"),
                        new Table.Row(floor, "(context)")));
    }

    /**
     * The client's next sync after {@value #CHANGES} of its items changed (their favourite flips; untimed, and
     * processed before the delta is asked for): {@code GET /vault?since=} the revision of its last answer.
     */
    private Result deltas(String token, JsonNode vault) {
        List<String> ids = new ArrayList<>();
        vault.get("items").forEach(item -> ids.add(item.get("id").asText()));
        AtomicLong revision = new AtomicLong(vault.get("revision").asLong());
        AtomicLong sent = new AtomicLong();
        Result delta = ClosedLoop.forCalls(
                "GET /vault?since= (" + CHANGES + " changed of " + ids.size() + ")",
                1,
                requests,
                (c, i) -> {
                    long position = -1;
                    for (int k = 0; k < CHANGES; k++) {
                        long n = i * CHANGES + k;
                        Reply reply = portal.put(
                                "/items/" + ids.get((int) (n % ids.size())) + "/partial",
                                token,
                                Map.of("favorite", (n / ids.size()) % 2 == 0));
                        if (reply.status() != 204) {
                            return reply.status();
                        }
                        position = Math.max(position, reply.position());
                    }
                    return portal.getAfter("/folders", token, position).status();
                },
                (c, i) -> {
                    Reply reply = portal.get("/vault?since=" + revision.get(), token);
                    JsonNode changes = reply.expect(200);
                    revision.set(changes.get("revision").asLong());
                    sent.addAndGet(changes.get("items").size());
                    return reply.status();
                });
        Table.note("a delta sent %.1f items on average", sent.get() / (double) Math.max(1, delta.calls()));
        return delta;
    }

    /** The default collection and the others, each granting the user Manage directly, as an owner would set up. */
    private List<UUID> collections(String token, UUID organizationId, SymmetricKey key, UUID defaultCollectionId) {
        JsonNode members = portal.getAfter("/organizations/" + organizationId + "/users", token, lastPosition.get())
                .expect(200)
                .get("data");
        String memberId = members.get(0).get("id").asText();
        List<UUID> ids = new ArrayList<>(List.of(defaultCollectionId));
        for (int c = 1; c < collections; c++) {
            ids.add(UUID.fromString(portal.post(
                            "/organizations/" + organizationId + "/collections",
                            token,
                            Map.of(
                                    "name",
                                    ClientCrypto.encrypt(key, "Team " + c),
                                    "users",
                                    List.of(Map.of(
                                            "id",
                                            memberId,
                                            "readOnly",
                                            false,
                                            "hidePasswords",
                                            false,
                                            "manage",
                                            true))))
                    .expect(201)
                    .get("id")
                    .asText()));
        }
        return ids;
    }
}
