package io.providerportal.bench.commands;

import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import io.providerportal.bench.measure.ClosedLoop;
import io.providerportal.bench.measure.Latency;
import io.providerportal.bench.measure.Quiet;
import io.providerportal.bench.measure.Result;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Command → read-model lag as a client experiences it: from the moment the command answered to the moment a read
 * of the same item, sent with the command's {@code Portal-Min-Position}, answered. The read includes one ordinary
 * GET, whose own latency {@link #plainReads} reports. A read that did not reach the position in the server's 5 s, or
 * did not show the new flag, counts as an error (status 599).
 */
final class LagProbe {

    private static final int STALE = 599;

    private final Portal portal;
    private final String token;
    private final Favourites favourites;

    LagProbe(Portal portal, String token, Favourites favourites) {
        this.portal = portal;
        this.token = token;
        this.favourites = favourites;
    }

    Result plainReads(UUID item, int samples) {
        return ClosedLoop.forCalls(
                "GET /items/{id}, no wait, idle",
                1,
                samples,
                (c, i) -> portal.get("/items/" + item, token).status());
    }

    Result idle(UUID item, int samples) {
        Latency latency = new Latency();
        Map<Integer, Long> statuses = new HashMap<>();
        Quiet.await();
        long start = System.nanoTime();
        try (Quiet.Watch watch = Quiet.watch()) {
            for (int i = 0; i < samples; i++) {
                sample(favourites.slotOf(item), latency, statuses);
            }
            watch.close();
            return new Result(
                    "lag, idle", latency, statuses, Duration.ofNanos(System.nanoTime() - start), watch.seen());
        }
    }

    /** What was sampled under a load, and the rate the load ran at. */
    record UnderLoad(Result samples, double loadPerSecond) {}

    /**
     * Samples the lag while {@code clients} other clients send commands, each as fast as {@code load} lets it;
     * {@code condition} names the load in the result.
     */
    UnderLoad underLoad(UUID item, String condition, int clients, Duration duration, ClosedLoop.Call load) {
        int slot = favourites.slotOf(item);
        return sampledUnderLoad(
                "lag, " + condition, clients, duration, load, (latency, statuses) -> sample(slot, latency, statuses));
    }

    /** Plain reads of the item (no wait) under the same kind of load: how much of the lag is the read's own. */
    Result plainReadsUnderLoad(UUID item, String condition, int clients, Duration duration, ClosedLoop.Call load) {
        return sampledUnderLoad(
                        "GET /items/{id}, no wait, " + condition, clients, duration, load, (latency, statuses) -> {
                            long start = System.nanoTime();
                            int status = portal.get("/items/" + item, token).status();
                            latency.record(System.nanoTime() - start);
                            statuses.merge(status, 1L, Long::sum);
                        })
                .samples();
    }

    private interface Sampler {
        void sample(Latency latency, Map<Integer, Long> statuses);
    }

    private static UnderLoad sampledUnderLoad(
            String name, int clients, Duration duration, ClosedLoop.Call load, Sampler sampler) {
        Quiet.await();
        CompletableFuture<Result> background =
                CompletableFuture.supplyAsync(() -> ClosedLoop.forDuration("load", clients, duration, load));
        Latency latency = new Latency();
        Map<Integer, Long> statuses = new HashMap<>();
        long start = System.nanoTime();
        while (!background.isDone()) {
            sampler.sample(latency, statuses);
        }
        Result loadResult = background.join();
        return new UnderLoad(
                new Result(
                        String.format("%s, %d clients (%.0f/s)", name, clients, loadResult.throughput()),
                        latency,
                        statuses,
                        Duration.ofNanos(System.nanoTime() - start),
                        loadResult.disturbedBy()),
                loadResult.throughput());
    }

    private void sample(int slot, Latency latency, Map<Integer, Long> statuses) {
        Reply command = favourites.toggle(slot);
        if (!command.ok()) {
            statuses.merge(command.status(), 1L, Long::sum);
            return;
        }
        long answered = System.nanoTime();
        Reply read = portal.getAfter("/items/" + favourites.item(slot), token, command.position());
        latency.record(System.nanoTime() - answered);
        boolean fresh = read.ok()
                && read.positionReached()
                && read.json().path("favorite").asBoolean() == favourites.isFavourite(slot);
        statuses.merge(fresh ? read.status() : read.ok() ? STALE : read.status(), 1L, Long::sum);
    }
}
