package io.providerportal.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: each of {@code clients} threads sends its next request as soon as the previous one answered,
 * as a user agent does, until the run has lasted its duration or made its number of calls. One thread per client:
 * with synchronous calls, a thread waiting on the portal is exactly a client waiting on it.
 */
public final class ClosedLoop {

    /** One request; answers the HTTP status. */
    @FunctionalInterface
    public interface Call {
        int send(int client, long iteration) throws Exception;
    }

    private ClosedLoop() {}

    public static Result forCalls(String name, int clients, long calls, Call call) {
        return forCalls(name, clients, calls, (client, iteration) -> 0, call);
    }

    /** As {@link #forCalls(String, int, long, Call)}, with {@code before} run untimed ahead of each call. */
    public static Result forCalls(String name, int clients, long calls, Call before, Call call) {
        Quiet.await();
        AtomicLong remaining = new AtomicLong(calls);
        return run(name, clients, () -> remaining.getAndDecrement() > 0, before, call);
    }

    public static Result forDuration(String name, int clients, Duration duration, Call call) {
        Quiet.await();
        long deadline = System.nanoTime() + duration.toNanos();
        return run(name, clients, () -> System.nanoTime() < deadline, (client, iteration) -> 0, call);
    }

    private interface Continue {
        boolean another();
    }

    private static Result run(String name, int clients, Continue more, Call before, Call call) {
        List<Latency> latencies = new ArrayList<>();
        List<Map<Integer, Long>> statuses = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Quiet.Watch watch = Quiet.watch();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Latency latency = new Latency();
            Map<Integer, Long> counts = new HashMap<>();
            latencies.add(latency);
            statuses.add(counts);
            Thread thread = new Thread(
                    () -> {
                        for (long i = 0; more.another(); i++) {
                            attempt(before, client, i);
                            long sent = System.nanoTime();
                            int status = attempt(call, client, i);
                            latency.record(System.nanoTime() - sent);
                            counts.merge(status, 1L, Long::sum);
                        }
                    },
                    "client-" + c);
            threads.add(thread);
            thread.start();
        }
        threads.forEach(ClosedLoop::join);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        watch.close();
        Latency all = new Latency();
        latencies.forEach(all::add);
        Map<Integer, Long> counts = new HashMap<>();
        statuses.forEach(s -> s.forEach((status, n) -> counts.merge(status, n, Long::sum)));
        return new Result(name, all, counts, elapsed, watch.seen());
    }

    private static int attempt(Call call, int client, long iteration) {
        try {
            return call.send(client, iteration);
        } catch (Exception e) {
            return -1;
        }
    }

    static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
