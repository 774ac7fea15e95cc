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
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    public HistoryBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.options = options;
        this.pid = Long.parseLong(options.require("portal-pid"));
        this.sizes = options.integers("sizes", "100000,1000000");
    }

    public void run() throws Exception {
        String operator = Accounts.operator(portal, options.operatorId(), options.operatorSecret());
        Registered auditor = Accounts.register(portal, "Auditor");
        portal.put("/admin/auditors/" + auditor.id(), operator, "{}").expect(204);
        String token = Accounts.login(portal, auditor.account());

        List<String> lines = new ArrayList<>();
        try (SyntheticEvents store = new SyntheticEvents(options.require("db-url"),
                options.get("db-user", "postgres"), options.get("db-password", ""))) {
            for (int size : sizes) {
                long missing = size - store.count();
                if (missing > 0) {
                    long start = System.nanoTime();
                    store.append(missing);
                    Table.note("appended %,d synthetic events in %.1f s", missing, seconds(start));
                    long caughtUp = System.nanoTime();
                    awaitProjections(operator);
                    Table.note("projections caught up with %,d new events in %.1f s (%.0f events/s)", missing,
                            seconds(caughtUp), missing / seconds(caughtUp));
                }
                lines.add(stream(token, store.count()));
            }
        }
        System.out.println();
        System.out.println("== Auditor history, GET /audit/history (NDJSON), 1 client");
        lines.forEach(System.out::println);
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
        return String.format("store %,d events: %,d lines, %,d MB in %.1f s = %,.0f events/s, first line after"
                + " %.0f ms; portal RSS before %d MB, %s", events, count, bytes >> 20, seconds, count / seconds,
                (firstLine - start) / 1e6, rssBefore, rss.summary())
                + (watch.seen().isEmpty() ? "" : "; MEASURED UNDER CONTENTION, other builds ran: " + watch.seen());
    }

    /** Until every projection reports lag 0 (the lag is counted against the newest event in the store). */
    private void awaitProjections(String operator) throws InterruptedException {
        while (true) {
            JsonNode projections = portal.get("/admin/projections", operator).expect(200).get("data");
            long lag = 0;
            for (JsonNode projection : projections) {
                lag = Math.max(lag, projection.get("lag").asLong());
            }
            if (lag == 0) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
