package io.providerportal.bench.commands;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Command throughput: clients toggle the favourite flag of their own items ({@code PUT /items/{id}/partial}),
 * a cheap command that still loads the item aggregate, checks the caller's rights and appends one event. Each
 * client cycles over items of its own, so clients never contend for one aggregate. Then the command → read-model
 * lag ({@link LagProbe}).
 */
public final class CommandsBenchmark {

    private final Portal portal;
    private final List<Integer> concurrency;
    private final Duration measure;
    private final Duration warmup;
    private final int itemsPerClient;
    private final int lagSamples;

    public CommandsBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.concurrency = options.integers("concurrency", "32,64");
        this.measure = Duration.ofSeconds(options.integer("seconds", 30));
        this.warmup = Duration.ofSeconds(options.integer("warmup-seconds", 10));
        this.itemsPerClient = options.integer("items-per-client", 8);
        this.lagSamples = options.integer("lag-samples", 500);
    }

    public void run() {
        Registered user = Accounts.register(portal, "CommandUser");
        String token = Accounts.login(portal, user.account());
        int maxClients = concurrency.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<UUID> items = personalItems(token, maxClients * itemsPerClient);
        Favourites favourites = new Favourites(portal, token, items);

        List<Table.Row> rows = new ArrayList<>();
        double firstThroughput = 0;
        for (int clients : concurrency) {
            ClosedLoop.forDuration(
                    "warm-up",
                    clients,
                    warmup,
                    (c, i) -> favourites.toggle(slot(c, i)).status());
            Result result = ClosedLoop.forDuration(
                    "PUT /items/{id}/partial, " + clients + " clients",
                    clients,
                    measure,
                    (c, i) -> favourites.toggle(slot(c, i)).status());
            rows.add(new Table.Row(result, ">= 2500/s, p99 <= 50 ms"));
            firstThroughput = firstThroughput == 0 ? result.throughput() : firstThroughput;
            Table.note(
                    "%d clients: %.0f commands/s, p99 %.1f ms",
                    clients, result.throughput(), result.latency().millis(99));
        }
        Table.print("Commands, closed loop, " + measure.toSeconds() + " s each", rows);

        LagProbe probe = new LagProbe(portal, token, favourites);
        List<Table.Row> lag = new ArrayList<>(List.of(
                new Table.Row(probe.plainReads(items.get(0), lagSamples), "(context: read, no wait)"),
                new Table.Row(probe.idle(items.get(1), lagSamples), "p99 <= 50 ms (one JVM)")));
        int loaded = concurrency.get(0);
        ClosedLoop.Call load = (c, i) ->
                favourites.toggle(3 + (slot(c, i) % (items.size() - 3))).status();
        LagProbe.UnderLoad maximum = probe.underLoad(items.get(2), "under load", loaded, measure, load);
        lag.add(new Table.Row(maximum.samples(), "(context: the maximum load)"));
        double half = Math.max(firstThroughput, maximum.loadPerSecond()) / 2;
        lag.add(new Table.Row(
                probe.underLoad(items.get(2), "at half the maximum", loaded, measure, paced(load, loaded, half))
                        .samples(),
                "p99 <= 50 ms at half the maximum load (one JVM)"));
        lag.add(new Table.Row(
                probe.plainReadsUnderLoad(
                        items.get(1), "at half the maximum", loaded, measure, paced(load, loaded, half)),
                "(context: read, no wait, same load)"));
        Table.print("Command -> read model lag (command answered -> read with Portal-Min-Position answered)", lag);
    }

    /**
     * The load held at {@code perSecond} in all, each of the {@code clients} sending at its share of the rate: the
     * lag target is set at half the maximum, which a closed loop, always at the maximum, cannot show.
     */
    private static ClosedLoop.Call paced(ClosedLoop.Call load, int clients, double perSecond) {
        long interval = (long) (1e9 * clients / perSecond);
        long[] next = new long[clients];
        return (c, i) -> {
            long now = System.nanoTime();
            if (next[c] > now) {
                LockSupport.parkNanos(next[c] - now);
            }
            next[c] = Math.max(next[c], now) + interval;
            return load.send(c, i);
        };
    }

    /** Client {@code c}'s own items, taken in turn. */
    private int slot(int client, long iteration) {
        return client * itemsPerClient + (int) (iteration % itemsPerClient);
    }

    private List<UUID> personalItems(String token, int count) {
        SymmetricKey key = SymmetricKey.random();
        UUID[] ids = new UUID[count];
        AtomicLong last = new AtomicLong(-1);
        Parallel.run("items created", 4, count, n -> {
            Reply reply = portal.post(
                    "/items",
                    token,
                    Map.of(
                            "type",
                            "SECURE_NOTE",
                            "name",
                            ClientCrypto.encrypt(key, "Note " + n),
                            "notes",
                            ClientCrypto.encrypt(key, "Benchmark note " + n)));
            ids[n] = UUID.fromString(reply.expect(201).get("id").asText());
            last.accumulateAndGet(reply.position(), Math::max);
        });
        portal.getAfter("/vault?personal=true", token, last.get()).expect(200);
        return List.of(ids);
    }
}
