package io.providerportal.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One JVM of the two-JVM topology (the command side or the query side) as a local process, listening on 127.0.0.1
 * only. Each start writes its pid under {@code pids/} of the run directory, so the script that runs the suite can
 * end it even if this JVM dies first.
 */
final class SideProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path runDirectory;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    SideProcess(String name, Path jar, int port, Map<String, String> environment, Path runDirectory) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = environment;
        this.runDirectory = runDirectory;
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() {
        starts++;
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-Xmx384m",
                "-jar",
                jar.toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        // Only what is set here: an inherited PORTAL_DB_PORT or Spring profile must not point a side elsewhere.
        builder.environment().keySet().removeIf(key -> key.startsWith("PORTAL_") || key.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
            Files.createDirectories(runDirectory.resolve("pids"));
            Files.writeString(pidFile(), name + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls the readiness probe until it answers 200; fails at once if the process died. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            RetryingWriter.pause(200);
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; see " + log());
    }

    /** SIGKILL: no shutdown hook, no graceful close of connections or processors. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /** SIGTERM, as an orchestrator stops a service; SIGKILL if it has not gone after a grace period. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(STOP_GRACE)) {
            kill();
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (exited) {
                Files.deleteIfExists(pidFile());
            }
            return exited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path log() {
        return runDirectory.resolve(name + "-" + starts + ".log");
    }

    private Path pidFile() {
        return runDirectory.resolve("pids").resolve(Long.toString(process.pid()));
    }

    /** The JVM this one runs on, so the sides run on the same Java. */
    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
