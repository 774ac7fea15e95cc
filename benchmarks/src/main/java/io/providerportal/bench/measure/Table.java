package io.providerportal.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Prints results as a fixed-width table, one row per measured request kind, with the target next to it; and, when
 * {@code PORTAL_BENCH_RESULTS} names a file, appends each row to it as a tab-separated line (for run-all.sh).
 */
public final class Table {

    private static final String RESULTS = System.getenv("PORTAL_BENCH_RESULTS");

    private Table() {}

    public record Row(Result result, String target) {}

    public static void print(String title, List<Row> rows) {
        System.out.println();
        System.out.println("== " + title);
        System.out.printf(
                "%-52s %7s %6s %8s %8s %8s %8s %9s  %s%n",
                "request", "calls", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms", "req/s", "target");
        for (Row row : rows) {
            Result r = row.result();
            Latency l = r.latency();
            System.out.printf(
                    "%-52s %7d %6d %8.2f %8.2f %8.2f %8.2f %9.1f  %s%n",
                    r.name(),
                    r.calls(),
                    r.errors(),
                    l.millis(50),
                    l.millis(90),
                    l.millis(99),
                    l.maxMillis(),
                    r.throughput(),
                    row.target());
        }
        rows.forEach(row -> record(title, row.result()));
        for (Row row : rows) {
            Map<Integer, Long> failures = row.result().failures();
            if (!failures.isEmpty()) {
                System.out.println(
                        "   " + row.result().name() + ": non-2xx answers by status (-1 = no answer) " + failures);
            }
            if (!row.result().disturbedBy().isEmpty()) {
                System.out.println("   " + row.result().name() + ": MEASURED UNDER CONTENTION, other builds ran: "
                        + row.result().disturbedBy());
            }
        }
        System.out.flush();
    }

    /** title, request, calls, errors, p50, p90, p99, max, req/s, whether other builds ran meanwhile. */
    private static void record(String title, Result r) {
        if (RESULTS == null || RESULTS.isBlank()) {
            return;
        }
        Latency l = r.latency();
        String line = String.join(
                        "\t",
                        title,
                        r.name(),
                        Long.toString(r.calls()),
                        Long.toString(r.errors()),
                        "%.2f".formatted(l.millis(50)),
                        "%.2f".formatted(l.millis(90)),
                        "%.2f".formatted(l.millis(99)),
                        "%.2f".formatted(l.maxMillis()),
                        "%.1f".formatted(r.throughput()),
                        r.disturbedBy().isEmpty() ? "quiet" : "contended")
                + "\n";
        try {
            Files.writeString(
                    Path.of(RESULTS),
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A progress or context line, so a long run shows what it is doing. */
    public static void note(String format, Object... args) {
        System.out.printf("-- " + format + "%n", args);
        System.out.flush();
    }
}
