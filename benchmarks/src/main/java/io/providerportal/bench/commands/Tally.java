package io.providerportal.bench.commands;

import io.providerportal.bench.measure.Latency;
import io.providerportal.bench.measure.Result;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One client's answers, by kind of command: only the command's own request is timed (an update's read of the
 * revision before it is not). Each client writes its own tally; they are merged once the run's threads are done.
 */
final class Tally {

    private final Map<MixKind, Latency> latencies = new EnumMap<>(MixKind.class);
    private final Map<MixKind, Map<Integer, Long>> statuses = new EnumMap<>(MixKind.class);
    private long staleReads;

    Tally() {
        for (MixKind kind : MixKind.values()) {
            latencies.put(kind, new Latency());
            statuses.put(kind, new HashMap<>());
        }
    }

    int record(MixKind kind, long nanos, int status) {
        latencies.get(kind).record(nanos);
        statuses.get(kind).merge(status, 1L, Long::sum);
        return status;
    }

    /** An update's read of the revision had to be sent again: the read model was over 5 s behind. */
    void staleRead() {
        staleReads++;
    }

    static long staleReads(List<Tally> tallies) {
        return tallies.stream().mapToLong(tally -> tally.staleReads).sum();
    }

    /** One result per kind and one for the whole mix, over the loop's duration and with its contention notes. */
    static List<Result> results(List<Tally> tallies, Result loop, String suffix) {
        List<Result> results = new ArrayList<>();
        Latency allLatency = new Latency();
        Map<Integer, Long> allStatuses = new HashMap<>();
        for (MixKind kind : MixKind.values()) {
            Latency latency = new Latency();
            Map<Integer, Long> statuses = new HashMap<>();
            for (Tally tally : tallies) {
                latency.add(tally.latencies.get(kind));
                tally.statuses.get(kind).forEach((status, n) -> statuses.merge(status, n, Long::sum));
            }
            allLatency.add(latency);
            statuses.forEach((status, n) -> allStatuses.merge(status, n, Long::sum));
            results.add(new Result(kind.label(), latency, statuses, loop.elapsed(), loop.disturbedBy()));
        }
        results.add(new Result("whole mix, " + suffix, allLatency, allStatuses, loop.elapsed(), loop.disturbedBy()));
        return results;
    }
}
