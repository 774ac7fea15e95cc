package io.providerportal.bench.commands;

import io.providerportal.bench.Options;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.measure.ClosedLoop;
import io.providerportal.bench.measure.Result;
import io.providerportal.bench.measure.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Commands in a realistic mix ({@link MixKind}), closed loop, one table per number of clients: a row per kind and
 * one for the whole mix. No two clients write one aggregate: each has its own items and client organization, and
 * item and client creates make new ones; what they share is the provider and its owner's session, only read.
 */
public final class CommandMixBenchmark {

    private static final String TARGET = "p99 <= 50 ms";
    private static final String MIX_TARGET = ">= 0.25 x pgbench tps, >= 8 x stock, p99 <= 50 ms";

    private final Portal portal;
    private final Options options;
    private final List<Integer> concurrency;
    private final Duration measure;
    private final Duration warmup;
    private final int itemsPerClient;

    public CommandMixBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.options = options;
        this.concurrency = options.integers("concurrency", "32,64");
        this.measure = Duration.ofSeconds(options.integer("seconds", 30));
        this.warmup = Duration.ofSeconds(options.integer("warmup-seconds", 10));
        this.itemsPerClient = options.integer("items-per-client", 8);
    }

    public void run() {
        MixSeed seed = MixSeed.create(portal, options, itemsPerClient);
        for (int clients : concurrency) {
            List<MixClient> fleet = seed.clients(clients);
            List<Tally> warm = tallies(clients);
            ClosedLoop.forDuration(
                    "warm-up", clients, warmup, (c, i) -> fleet.get(c).send(MixKind.at(c, i), warm.get(c)));
            List<Tally> tallies = tallies(clients);
            String loadBefore = loadAverage();
            Result loop = ClosedLoop.forDuration(
                    "mix", clients, measure, (c, i) -> fleet.get(c).send(MixKind.at(c, i), tallies.get(c)));
            List<Result> results = Tally.results(tallies, loop, clients + " clients");
            Result whole = results.get(results.size() - 1);
            Table.note(
                    "%d clients: %.0f commands/s, p99 %.1f ms; load average %s before, %s after",
                    clients, whole.throughput(), whole.latency().millis(99), loadBefore, loadAverage());
            if (Tally.staleReads(tallies) > 0) {
                Table.note(
                        "%d reads before an update were sent again: the read model was over 5 s behind",
                        Tally.staleReads(tallies));
            }
            List<Table.Row> rows = new ArrayList<>();
            results.forEach(r -> rows.add(new Table.Row(r, r == whole ? MIX_TARGET : TARGET)));
            Table.print("Commands mix, " + clients + " clients, closed loop, " + measure.toSeconds() + " s", rows);
        }
    }

    /**
     * The machine's 1-minute load average: the build check sees only Maven and test JVMs, not other portals or
     * harnesses, so this says whether the run shared the cores anyway.
     */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static List<Tally> tallies(int clients) {
        return IntStream.range(0, clients).mapToObj(c -> new Tally()).toList();
    }
}
