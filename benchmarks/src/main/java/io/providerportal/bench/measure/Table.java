package io.providerportal.bench.measure;

import java.util.List;
import java.util.Map;

/** Prints results as a fixed-width table, one row per measured request kind, with the target next to it. */
public final class Table {

    private Table() {
    }

    public record Row(Result result, String target) {
    }

    public static void print(String title, List<Row> rows) {
        System.out.println();
        System.out.println("== " + title);
        System.out.printf("%-52s %7s %6s %8s %8s %8s %8s %9s  %s%n",
                "request", "calls", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms", "req/s", "target");
        for (Row row : rows) {
            Result r = row.result();
            Latency l = r.latency();
            System.out.printf("%-52s %7d %6d %8.2f %8.2f %8.2f %8.2f %9.1f  %s%n", r.name(), r.calls(), r.errors(),
                    l.millis(50), l.millis(90), l.millis(99), l.maxMillis(), r.throughput(), row.target());
        }
        for (Row row : rows) {
            Map<Integer, Long> failures = row.result().failures();
            if (!failures.isEmpty()) {
                System.out.println("   " + row.result().name() + ": non-2xx answers by status (-1 = no answer) "
                        + failures);
            }
            if (!row.result().disturbedBy().isEmpty()) {
                System.out.println("   " + row.result().name() + ": MEASURED UNDER CONTENTION, other builds ran: "
                        + row.result().disturbedBy());
            }
        }
        System.out.flush();
    }

    /** A progress or context line, so a long run shows what it is doing. */
    public static void note(String format, Object... args) {
        System.out.printf("-- " + format + "%n", args);
        System.out.flush();
    }
}
