package io.providerportal.bench.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.Options;
import io.providerportal.bench.http.Accounts;
import io.providerportal.bench.http.Accounts.Registered;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.measure.Quiet;
import io.providerportal.bench.measure.RssSampler;
import io.providerportal.bench.measure.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The auditor's NDJSON history over a growing store: the store is topped up to each size with synthetic events
 * ({@link SyntheticEvents}), the projections are left to catch up, then the whole history is streamed and counted
 * while the portal's RSS is sampled every second.
 */
public final class HistoryBenchmark {

    private final Portal portal;
    private final Options options;
    private final long pid;
    private final List<Integer> sizes;
    private final int chunk;

    public HistoryBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.options = options;
        this.pid = Long.parseLong(options.require("portal-pid"));
        this.sizes = options.integers("sizes", "100000,1000000");
        this.chunk = options.integer("chunk", 100_000);
    }

    public void run() throws Exception {
        String operator = Accounts.operator(portal, options.operatorId(), options.operatorSecret());
        Registered auditor = Accounts.register(portal, "Auditor");
        portal.put("/admin/auditors/" + auditor.id(), operator, "{}").expect(204);
        String token = Accounts.login(portal, auditor.account());

        System.out.println("== Auditor history, GET /audit/history (NDJSON), 1 client");
        try (SyntheticEvents store = new SyntheticEvents(
                options.require("db-url"), options.get("db-user", "postgres"), options.get("db-password", ""))) {
            for (int size : sizes) {
                for (long missing = size - store.count(); missing > 0; missing = size - store.count()) {
                    append(store, Math.min(missing, chunk), operator);
                }
                System.out.println(stream(token, store.count()));
            }
        }
    }

    /**
     * Appends one chunk and waits for the projections. Chunks, because the portal's projections read behind the
     * event store's shared producer, which reads ahead into memory: a million events at once exhaust a small heap.
     */
    private void append(SyntheticEvents store, long count, String operator) throws Exception {
        long start = System.nanoTime();
        store.append(count);
        Table.note("appended %,d synthetic events in %.1f s", count, seconds(start));
        long caughtUp = System.nanoTime();
        try (RssSampler rss = new RssSampler(pid)) {
            awaitProjections(operator);
            rss.close();
            Table.note(
                    "projections caught up with %,d new events in %.1f s (%.0f events/s); portal %s",
                    count, seconds(caughtUp), count / seconds(caughtUp), rss.summary());
        }
    }

    private String stream(String token, long events) throws IOException {
        Quiet.await();
        Quiet.Watch watch = Quiet.watch();
        long rssBefore = RssSampler.rssKb(Path.of("/proc", Long.toString(pid), "status")) / 1024;
        long start = System.nanoTime();
        long count = 0;
        long bytes = 0;
        long firstLine = -1;
        RssSampler rss = new RssSampler(pid);
        try {
            HttpResponse<InputStream> response = portal.stream("/audit/history", token);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("history answered HTTP " + response.statusCode());
            }
            byte[] buffer = new byte[1 << 16];
            try (InputStream body = response.body()) {
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            count++;
                        }
                    }
                    if (firstLine < 0 && count > 0) {
                        firstLine = System.nanoTime();
                    }
                    bytes += read;
                }
            }
        } finally {
            rss.close();
            watch.close();
        }
        double seconds = seconds(start);
        return String.format(
                        "store %,d events: %,d lines, %,d MB in %.1f s = %,.0f events/s, first line after"
                                + " %.0f ms; portal RSS before %d MB, %s",
                        events,
                        count,
                        bytes >> 20,
                        seconds,
                        count / seconds,
                        (firstLine - start) / 1e6,
                        rssBefore,
                        rss.summary())
                + (watch.seen().isEmpty() ? "" : "; MEASURED UNDER CONTENTION, other builds ran: " + watch.seen());
    }

    /** Until every projection reports lag 0 (counted against the newest event in the store), at most an hour. */
    private void awaitProjections(String operator) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(1);
        long lastNote = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long lag = lag(operator);
            if (lag == 0) {
                return;
            }
            if (System.nanoTime() - lastNote > TimeUnit.SECONDS.toNanos(30)) {
                Table.note("projections: largest lag %,d events", lag);
                lastNote = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("projections did not catch up within an hour");
    }

    /** The largest lag of any projection; -1 when the portal did not answer in time (it is busy catching up). */
    private long lag(String operator) {
        try {
            long lag = 0;
            for (JsonNode projection :
                    portal.get("/admin/projections", operator).expect(200).get("data")) {
                lag = Math.max(lag, projection.get("lag").asLong());
            }
            return lag;
        } catch (UncheckedIOException e) {
            Table.note("GET /admin/projections: %s", e.getCause());
            return -1;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
