package io.providerportal.bench.faults;

import io.providerportal.bench.Options;
import io.providerportal.bench.faults.EventStoreCheck.Tally;
import io.providerportal.bench.faults.Projections.Status;
import io.providerportal.bench.http.Accounts;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.measure.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Crash and restart under load. Starts the two-JVM topology as local processes on the suite's own PostgreSQL, then,
 * for each fault in turn, drives sustained load of real commands and reads, and in its middle kills the command
 * side (SIGKILL) and starts it again, kills the query side, or restarts PostgreSQL the crash-like way. Afterwards:
 * every acknowledged write is in the event store exactly once, the read models equal a fresh replay, processors got
 * back to the newest event by themselves, and no client got a wrong answer. Answers 0 when all of that holds.
 */
public final class FaultSuite {

    private static final String DATABASE = "portal";
    private static final String REPLAY_DATABASE = "portal_replay";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(240);

    private final Path runDirectory;
    private final Postgres postgres;
    private final Path commandJar;
    private final Path queryJar;
    private final Path queryMigrations;
    private final int commandPort;
    private final int queryPort;
    private final List<Fault> faults;
    private final Duration before;
    private final Duration after;
    private final int vaultUsers;
    private final double writesPerClient;
    private final String runTag = UUID.randomUUID().toString().substring(0, 8);
    private final String operatorId = "fault-suite-operator";
    private final String operatorSecret = UUID.randomUUID().toString();
    private final Journal journal = new Journal();
    private final List<SideProcess> started = new ArrayList<>();
    private final Report report = new Report();

    public FaultSuite(Options options) {
        this.runDirectory = Path.of(options.require("run-dir"));
        this.postgres = new Postgres(
                Arrays.asList(options.require("pg-ctl").trim().split("\\s+")),
                options.integer("db-port", 5499),
                runDirectory);
        this.commandJar = Path.of(options.require("command-jar"));
        this.queryJar = Path.of(options.require("query-jar"));
        this.queryMigrations = Path.of(options.require("query-migrations"));
        this.commandPort = options.integer("command-port", 18281);
        this.queryPort = options.integer("query-port", 18282);
        this.faults = Arrays.stream(
                        options.get("faults", "none,command,query,postgres").split(","))
                .map(Fault::named)
                .toList();
        this.before = Duration.ofSeconds(options.integer("before-seconds", 8));
        this.after = Duration.ofSeconds(options.integer("after-seconds", 8));
        this.vaultUsers = options.integer("vault-users", 4);
        this.writesPerClient = options.integer("writes-per-client", 10);
    }

    /** Runs the whole suite; 0 when every check passed, 1 otherwise. The sides are stopped whatever happens. */
    public int run() {
        long start = System.nanoTime();
        try {
            suite();
        } catch (Exception e) {
            report.fail("the suite stopped: " + e);
            e.printStackTrace(System.out);
        } finally {
            started.forEach(SideProcess::stop);
        }
        report.line("-- suite took " + Report.seconds(Duration.ofNanos(System.nanoTime() - start)));
        report.verdict();
        return report.passed() ? 0 : 1;
    }

    private void suite() throws Exception {
        postgres.createDatabase(DATABASE, null);
        SideProcess command = side("command-side", commandJar, commandPort, DATABASE, null);
        SideProcess query = side("query-side", queryJar, queryPort, DATABASE, command);
        command.start();
        command.awaitReady(START_TIMEOUT);
        query.start();
        query.awaitReady(START_TIMEOUT);
        Portal commandSide = new Portal(command.url());
        Portal querySide = new Portal(query.url());
        String operator = Accounts.operator(commandSide, operatorId, operatorSecret);
        Projections projections = new Projections(querySide, operator);

        Load load = Load.seed(commandSide, querySide, operator, runTag, vaultUsers, journal);
        List<Phase> phases = new ArrayList<>();
        for (Fault fault : faults) {
            Phase phase = new Phase(fault);
            phases.add(phase);
            note(
                    "%s: load for %d s, then the fault, then %d s more",
                    phase.name(), before.toSeconds(), after.toSeconds());
            load.start(phase, phases.size(), writesPerClient);
            sleep(before);
            if (fault != Fault.NONE) {
                phase.faultInjected();
                inject(fault, command, query);
                phase.restarted();
                awaitRecovery(phase);
            }
            sleep(after);
            load.stop();
            long stopped = System.nanoTime();
            projections.awaitCaughtUp(CATCH_UP_TIMEOUT);
            phase.caughtUp(Duration.ofNanos(System.nanoTime() - stopped));
        }

        List<Status> statuses = projections.awaitCaughtUp(CATCH_UP_TIMEOUT);
        Map<Phase, Tally> tallies;
        try (Connection db = postgres.connect(DATABASE)) {
            Duration sideEffects = SideEffects.awaitProcessors(db, CATCH_UP_TIMEOUT);
            SideEffects.Mails mails = SideEffects.mails(db, journal.writes());
            EventStoreCheck store = EventStoreCheck.load(db);
            tallies = store.check(journal.writes());
            report.phases(phases, tallies);
            report.line("");
            report.line("-- event store: " + store.events() + " events of the load's kinds matched against "
                    + journal.writes().size() + " writes");
            store.problems().forEach(p -> report.line("   " + p));
            report.line("-- projections, all caught up by themselves: " + statuses);
            long deadLetters = statuses.stream().mapToLong(Status::deadLetters).sum();
            report.check(deadLetters == 0, deadLetters + " events set aside in dead-letter queues");
            report.line("-- side-effect processors " + SideEffects.PROCESSORS + " at the newest event after "
                    + Report.seconds(sideEffects) + "; invitation mails: " + mails.expected() + " expected, "
                    + mails.missing() + " missing, " + mails.twice() + " queued twice");
            report.check(mails.missing() == 0, mails.missing() + " acknowledged invitations were never mailed");
        }
        compareWithReplay(command, query, statuses.stream().map(Status::name).toList());
    }

    private void inject(Fault fault, SideProcess command, SideProcess query) {
        switch (fault) {
            case KILL_COMMAND_SIDE -> {
                command.kill();
                command.start();
                command.awaitReady(START_TIMEOUT);
            }
            case KILL_QUERY_SIDE -> {
                query.kill();
                query.start();
                query.awaitReady(START_TIMEOUT);
            }
            case RESTART_POSTGRES -> postgres.restartImmediately();
            case NONE -> {}
        }
    }

    /** Polls what clients saw until a write and a read sent after the fault have both succeeded. */
    private static void awaitRecovery(Phase phase) {
        long deadline = System.nanoTime() + RECOVERY_TIMEOUT.toNanos();
        while (!phase.recovered() && System.nanoTime() < deadline) {
            RetryingWriter.pause(100);
        }
    }

    /**
     * Stops both sides, copies the database, empties the copy's read models and projection tokens, replays the
     * store into them with a query side of its own (and a command side on the copy for the key set it verifies
     * tokens with), and compares every read-model table of the two databases.
     */
    private void compareWithReplay(SideProcess command, SideProcess query, List<String> projections)
            throws SQLException {
        List<String> tables = ReplayComparison.readModelTables(queryMigrations);
        query.stop();
        command.stop();
        Map<String, List<String>> original;
        long head;
        try (Connection db = postgres.connect(DATABASE)) {
            original = ReplayComparison.dump(db, tables);
            head = head(db);
        }
        postgres.createDatabase(REPLAY_DATABASE, DATABASE);
        try (Connection copy = postgres.connect(REPLAY_DATABASE)) {
            ReplayComparison.reset(copy, tables, projections);
        }
        note(
                "replaying %d events into %d emptied read-model tables (projections %s)",
                head, tables.size(), projections);
        SideProcess replayCommand = side("replay-command-side", commandJar, commandPort + 2, REPLAY_DATABASE, null);
        SideProcess replayQuery = side("replay-query-side", queryJar, queryPort + 2, REPLAY_DATABASE, replayCommand);
        replayCommand.start();
        replayQuery.start();
        replayCommand.awaitReady(START_TIMEOUT);
        replayQuery.awaitReady(START_TIMEOUT);
        long start = System.nanoTime();
        Portal replaySide = new Portal(replayQuery.url());
        new Projections(replaySide, Accounts.operator(new Portal(replayCommand.url()), operatorId, operatorSecret))
                .awaitCaughtUp(REPLAY_TIMEOUT);
        Duration replayed = Duration.ofNanos(System.nanoTime() - start);
        replayQuery.stop();
        replayCommand.stop();
        Map<String, List<String>> replay;
        long replayHead;
        try (Connection copy = postgres.connect(REPLAY_DATABASE)) {
            replay = ReplayComparison.dump(copy, tables);
            replayHead = head(copy);
        }
        List<ReplayComparison.Table> compared = ReplayComparison.compare(original, replay);
        long rows = compared.stream()
                .mapToLong(ReplayComparison.Table::originalRows)
                .sum();
        report.line("-- read models vs a fresh replay (" + Report.seconds(replayed) + " to replay " + head
                + " events): " + compared.size() + " tables, " + rows + " rows; not compared: "
                + ReplayComparison.NOT_READ_MODELS + " (not derived from events)");
        for (ReplayComparison.Table table : compared) {
            report.check(table.equal(), "read model " + table.name() + " differs from its replay");
            if (!table.equal()) {
                report.line("   " + table.name() + ": " + table.originalRows() + " rows, replay " + table.replayRows());
                table.onlyOriginal().forEach(r -> report.line("     - only in the read model: " + r));
                table.onlyReplay().forEach(r -> report.line("     + only in the replay:     " + r));
            }
        }
        report.check(replayHead == head, "the store changed during the replay: head " + head + ", then " + replayHead);
        StringBuilder sizes = new StringBuilder();
        compared.forEach(
                t -> sizes.append(t.name()).append(' ').append(t.originalRows()).append(", "));
        report.line("   rows per table: " + sizes.toString().replaceAll(", $", ""));
    }

    private SideProcess side(String name, Path jar, int port, String database, SideProcess tokenIssuer) {
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "PORTAL_DB_HOST", "127.0.0.1",
                "PORTAL_DB_PORT", Integer.toString(postgres.port()),
                "PORTAL_DB_NAME", database,
                "PORTAL_DB_USER", "postgres",
                "PORTAL_DB_PASSWORD", "",
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true"));
        if (tokenIssuer == null) {
            environment.put("PORTAL_OPERATOR_CLIENT_ID", operatorId);
            environment.put("PORTAL_OPERATOR_CLIENT_SECRET", operatorSecret);
        } else {
            environment.put("PORTAL_JWK_SET_URI", tokenIssuer.url() + "/identity/.well-known/jwks");
        }
        SideProcess side = new SideProcess(name, jar, port, environment, runDirectory);
        started.add(side);
        return side;
    }

    private static long head(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row =
                        statement.executeQuery("select coalesce(max(global_index), -1) from domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Lets the load run for a while: the fault falls in the middle of it. Correctness is never waited for so. */
    private static void sleep(Duration duration) {
        RetryingWriter.pause(duration.toMillis());
    }

    private static void note(String format, Object... args) {
        Table.note(format, args);
    }
}
