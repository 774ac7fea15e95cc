package io.providerportal.bench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keeps figures honest on a shared 2-core machine: before measuring, waits until no Maven build or test JVM runs
 * (their command lines name plexus-classworlds or surefire), and while measuring, notes any that start.
 */
public final class Quiet {

    /** {@code PORTAL_BENCH_MAX_WAIT_SECONDS=0} measures at once (to try a scenario out, not for figures). */
    private static final Duration MAX_WAIT =
            Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("PORTAL_BENCH_MAX_WAIT_SECONDS", "1800")));

    private Quiet() {}

    /** Waits (at most 30 minutes, then measures anyway and says so) until no build runs. */
    public static void await() {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        boolean told = false;
        while (!builds().isEmpty() && System.nanoTime() < deadline) {
            if (!told) {
                Table.note("waiting for other builds to finish before measuring: %s", builds());
                told = true;
            }
            sleep();
        }
        if (!builds().isEmpty()) {
            Table.note("measuring under contention, builds still running: %s", builds());
        }
    }

    /** Samples once a second until closed; {@link #seen()} lists the builds that ran meanwhile. */
    public static Watch watch() {
        return new Watch();
    }

    public static final class Watch implements AutoCloseable {
        private final Set<Long> seen = new TreeSet<>();
        private double maxLoad;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "quiet-watch");
            thread.setDaemon(true);
            return thread;
        });

        private Watch() {
            timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
        }

        private void sample() {
            Set<Long> now = builds();
            double load = loadAverage();
            synchronized (seen) {
                seen.addAll(now);
                maxLoad = Math.max(maxLoad, load);
            }
        }

        /**
         * The highest one-minute load average seen. Above the number of cores, other processes (another portal, a
         * load test) competed for the CPU even though no build ran.
         */
        public double maxLoad() {
            synchronized (seen) {
                return maxLoad;
            }
        }

        public boolean overloaded() {
            return maxLoad() > Runtime.getRuntime().availableProcessors();
        }

        public Set<Long> seen() {
            synchronized (seen) {
                return Set.copyOf(seen);
            }
        }

        @Override
        public void close() {
            if (timer.isShutdown()) {
                return;
            }
            timer.shutdownNow();
            sample();
        }
    }

    static Set<Long> builds() {
        Set<Long> pids = new TreeSet<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                String commandLine = commandLine(p);
                if (commandLine.contains("plexus-classworlds") || commandLine.contains("surefire")) {
                    pids.add(Long.parseLong(p.getFileName().toString()));
                }
            });
        } catch (IOException e) {
            // No /proc: nothing to watch.
        }
        return pids;
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
