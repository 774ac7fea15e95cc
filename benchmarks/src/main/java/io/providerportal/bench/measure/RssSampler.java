package io.providerportal.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Reads a process's resident set size ({@code VmRSS} in /proc) every second while a run lasts. */
public final class RssSampler implements AutoCloseable {

    private final Path status;
    private final List<Long> samplesKb = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    public RssSampler(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            throw new IllegalArgumentException("no process " + pid + " to watch (" + status + ")");
        }
        timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    public static long rssKb(Path status) {
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private void sample() {
        long kb = rssKb(status);
        synchronized (samplesKb) {
            samplesKb.add(kb);
        }
    }

    /** MB at the first sample, the last and the highest, and how many samples there were. */
    public String summary() {
        synchronized (samplesKb) {
            if (samplesKb.isEmpty()) {
                return "no samples";
            }
            long max = samplesKb.stream().mapToLong(Long::longValue).max().orElse(-1);
            return String.format(
                    "RSS start %d MB, end %d MB, max %d MB (%d samples, 1/s)",
                    samplesKb.get(0) / 1024, samplesKb.get(samplesKb.size() - 1) / 1024, max / 1024, samplesKb.size());
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
