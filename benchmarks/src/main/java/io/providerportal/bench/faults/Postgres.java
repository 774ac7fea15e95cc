package io.providerportal.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The suite's own PostgreSQL cluster, made and removed by the script that runs the suite: restarting it disturbs
 * nothing else. {@code pgCtl} is the command that controls it (pg_ctl with its data directory and log, run as the
 * cluster's owner).
 */
final class Postgres {

    private final List<String> pgCtl;
    private final int port;
    private final Path runDirectory;

    Postgres(List<String> pgCtl, int port, Path runDirectory) {
        this.pgCtl = pgCtl;
        this.port = port;
        this.runDirectory = runDirectory;
    }

    int port() {
        return port;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    void createDatabase(String name, String template) throws SQLException {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + (template == null ? "" : " template " + template));
        }
    }

    /** The crash-like restart: every backend is killed without a checkpoint, and recovery replays the WAL. */
    void restartImmediately() {
        List<String> command = new ArrayList<>(pgCtl);
        command.addAll(List.of("restart", "-m", "immediate", "-w", "-t", "60"));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            runDirectory.resolve("pg_ctl.log").toFile()))
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl restart failed; see " + runDirectory.resolve("pg_ctl.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
