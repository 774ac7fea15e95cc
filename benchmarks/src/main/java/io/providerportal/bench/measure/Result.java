package io.providerportal.bench.measure;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one measured run gives: latencies of the successful and failed calls together, how many calls answered
 * with which status ({@code -1}: no answer, e.g. a broken connection), how long the run took, and which other
 * builds ran meanwhile (their pids; empty when the machine was quiet).
 */
public record Result(
        String name, Latency latency, Map<Integer, Long> statuses, Duration elapsed, Set<Long> disturbedBy) {

    public long calls() {
        return statuses.values().stream().mapToLong(Long::longValue).sum();
    }

    public long errors() {
        return statuses.entrySet().stream()
                .filter(e -> e.getKey() / 100 != 2)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    public double throughput() {
        return calls() / (elapsed.toNanos() / 1e9);
    }

    /** Every status that was not a success, for the notes under a table. */
    public Map<Integer, Long> failures() {
        Map<Integer, Long> failures = new TreeMap<>(statuses);
        failures.keySet().removeIf(status -> status / 100 == 2);
        return failures;
    }
}
