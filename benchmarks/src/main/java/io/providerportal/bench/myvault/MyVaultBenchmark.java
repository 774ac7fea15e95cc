package io.providerportal.bench.myvault;

import io.providerportal.bench.Options;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import io.providerportal.bench.measure.ClosedLoop;
import io.providerportal.bench.measure.Result;
import io.providerportal.bench.measure.Table;
import java.util.List;

/**
 * My Vault of a user who reaches 10,000 items: one organization the user owns, its items spread over collections
 * the user is a direct member of, then {@code GET /vault} read by one client, one request after another.
 */
public final class MyVaultBenchmark {

    private final Portal portal;
    private final Options options;
    private final int warmup;
    private final int requests;

    public MyVaultBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.options = options;
        this.warmup = options.integer("warmup", 20);
        this.requests = options.integer("requests", 200);
    }

    public void run() {
        VaultSeed vault = VaultSeed.create(portal, options);
        String token = vault.token();
        Reply first = portal.getAfter("/vault", token, vault.lastPosition().get());
        int seen = first.expect(200).get("items").size();
        Table.note("My Vault holds %d items in %d collections; response %,d bytes (%.0f bytes per item)", seen,
                vault.collectionIds().size(), first.body().length, first.body().length / (double) Math.max(1, seen));

        String oneCollection = "/vault?collectionId=" + vault.collectionIds().get(0);
        int collectionSize = portal.get(oneCollection, token).expect(200).get("items").size();
        ClosedLoop.forCalls("warm-up", 1, warmup, (c, i) -> portal.get("/vault", token).status());
        Result whole = ClosedLoop.forCalls("GET /vault (" + seen + " items)", 1, requests,
                (c, i) -> portal.get("/vault", token).status());
        Result filtered = ClosedLoop.forCalls("GET /vault?collectionId= (" + collectionSize + " items)", 1,
                requests, (c, i) -> portal.get(oneCollection, token).status());
        Table.print("My Vault, 1 client, sequential", List.of(
                new Table.Row(whole, "p99 <= 100 ms"),
                new Table.Row(filtered, "(context)")));
    }
}
