package io.providerportal.bench.myvault;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.Options;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import io.providerportal.bench.measure.ClosedLoop;
import io.providerportal.bench.measure.Result;
import io.providerportal.bench.measure.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * My Vault deltas: the vault of {@link VaultSeed} read whole once, then {@code --changes} (10) changes to it
 * (updates, favourites, trashing, a move to another collection, new items), then {@code GET /vault?since=} from
 * the whole read's revision, read by one client, one request after another.
 */
public final class MyVaultDeltaBenchmark {

    private static final long SETTLE_MILLIS = 120_000;

    private final Portal portal;
    private final Options options;
    private final int changes;
    private final int warmup;
    private final int requests;

    public MyVaultDeltaBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.options = options;
        this.changes = options.integer("changes", 10);
        this.warmup = options.integer("warmup", 20);
        this.requests = options.integer("requests", 500);
    }

    public void run() throws InterruptedException {
        VaultSeed vault = VaultSeed.create(portal, options);
        String token = vault.token();
        JsonNode whole = settled(vault, "/vault");
        long revision = whole.get("revision").asLong();
        Table.note("My Vault holds %d items; revision %d", whole.get("items").size(), revision);

        change(vault, whole.get("items"));
        String delta = "/vault?since=" + revision;
        JsonNode changed = settled(vault, delta);
        Table.note("the delta holds %d items and %d removed ids, %,d bytes", changed.get("items").size(),
                changed.get("removedItemIds").size(), portal.get(delta, token).body().length);
        String unchanged = "/vault?since=" + changed.get("revision").asLong();

        ClosedLoop.forCalls("warm-up", 1, warmup, (c, i) -> portal.get(delta, token).status());
        String loadBefore = loadAverage();
        Result tenChanges = ClosedLoop.forCalls("GET /vault?since= (" + changes + " changes, "
                + whole.get("items").size() + " items)", 1, requests, (c, i) -> portal.get(delta, token).status());
        Result none = ClosedLoop.forCalls("GET /vault?since= (no change)", 1, requests,
                (c, i) -> portal.get(unchanged, token).status());
        Table.note("load average before and after measuring: %s / %s (2 cores; other portals and benchmarks are"
                + " no builds, and only builds are waited for)", loadBefore, loadAverage());
        Table.print("My Vault delta, 1 client, sequential", List.of(
                new Table.Row(tenChanges, "p99 <= 5 ms"),
                new Table.Row(none, "(context)")));
    }

    /** The first three fields of {@code /proc/loadavg}, or "unknown". */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Updates, favourites, trashing and a move, then new items for the rest, each on an item of its own. */
    private void change(VaultSeed vault, JsonNode items) {
        List<Reply> replies = new ArrayList<>();
        for (int n = 0; n < changes; n++) {
            JsonNode item = items.get(n);
            String path = "/items/" + item.get("id").asText();
            replies.add(switch (n % 5) {
                case 0 -> {
                    Map<String, Object> body = new HashMap<>(LoginItems.login(vault.organizationKey(), n,
                            vault.organizationId(), List.of()));
                    body.remove("collectionIds");
                    body.put("lastKnownRevisionDate", item.get("revisionDate").asText());
                    yield portal.put(path, vault.token(), body);
                }
                case 1 -> portal.put(path + "/partial", vault.token(), Map.of("favorite", true));
                case 2 -> portal.put(path + "/trash", vault.token(), null);
                case 3 -> portal.put(path + "/collections", vault.token(), Map.of("collectionIds",
                        List.of(elsewhere(vault, item))));
                default -> portal.post("/items", vault.token(), LoginItems.login(vault.organizationKey(),
                        1_000_000 + n, vault.organizationId(), List.of(vault.collectionIds().get(0))));
            });
        }
        for (Reply reply : replies) {
            if (!reply.ok()) {
                throw new IllegalStateException("a change was refused: " + reply.status() + " "
                        + new String(reply.body()));
            }
            vault.lastPosition().accumulateAndGet(reply.position(), Math::max);
        }
    }

    /** A collection the item is not in: moving it there is a change. */
    private static String elsewhere(VaultSeed vault, JsonNode item) {
        return vault.collectionIds().stream().map(Object::toString)
                .filter(id -> !item.get("collectionIds").toString().contains(id)).findFirst().orElseThrow();
    }

    /**
     * The answer once its revision covers every write so far: a write that rolled back elsewhere holds revisions
     * below it for up to the server's gap timeout (a minute), and the figures are for a delta of these changes.
     */
    private JsonNode settled(VaultSeed vault, String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (true) {
            JsonNode answer = portal.getAfter(path, vault.token(), vault.lastPosition().get()).expect(200);
            if (answer.get("revision").asLong() >= vault.lastPosition().get()
                    || System.currentTimeMillis() > deadline) {
                return answer;
            }
            Thread.sleep(500);
        }
    }
}
