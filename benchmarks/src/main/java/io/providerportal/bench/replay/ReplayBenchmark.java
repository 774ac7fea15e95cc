package io.providerportal.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.Options;
import io.providerportal.bench.http.Accounts;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.measure.CpuTime;
import io.providerportal.bench.measure.Quiet;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Projection replay: rebuilds each named projection in turn ({@code POST /admin/projections/{name}/rebuild}) over
 * whatever the store holds, and times it until the rebuild has swapped its fresh tables in. Given the database
 * ({@code --db-url}), it first measures the ceiling, the ordered scan and deserialization of the store
 * ({@link StoreScan}), and sets each projection's rate against it.
 */
public final class ReplayBenchmark {

    private final Portal portal;
    private final Options options;
    private final List<String> projections;

    public ReplayBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.options = options;
        this.projections =
                List.of(options.get("projections", "dashboard,audit-log").split(","));
    }

    public void run() throws InterruptedException, SQLException {
        String operator = Accounts.operator(portal, options.operatorId(), options.operatorSecret());
        Double ceiling = options.has("db-url") ? scan() : null;
        System.out.println("== Projection rebuild (replay of the whole store), one projection at a time");
        for (String name : projections) {
            Quiet.await();
            Quiet.Watch watch = Quiet.watch();
            double cpuBefore = portalCpu();
            double databaseBefore = databaseCpu();
            long start = System.nanoTime();
            portal.post("/admin/projections/" + name + "/rebuild", operator, "{}")
                    .expect(202);
            JsonNode rebuild = status(operator, name).get("rebuild");
            while (rebuild.get("state").asText().matches("RUNNING|SWITCHING")) {
                Thread.sleep(200);
                rebuild = status(operator, name).get("rebuild");
            }
            if (!rebuild.get("state").asText().equals("DONE")) {
                throw new IllegalStateException(
                        name + " rebuild failed: " + rebuild.get("failure").asText());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            watch.close();
            long events = rebuild.get("done").asLong();
            double rate = events / seconds;
            double cpu = portalCpu() - cpuBefore;
            double database = databaseCpu() - databaseBefore;
            System.out.printf(
                    "%-20s %,d events in %.1f s = %,.0f events/s%s%s%s%s%n",
                    name,
                    events,
                    seconds,
                    rate,
                    ceiling == null ? "" : " = %.2f x the ceiling".formatted(rate / ceiling),
                    Double.isNaN(cpu) ? "" : "; portal CPU %.1f s".formatted(cpu),
                    Double.isNaN(database) ? "" : "; database CPU %.1f s".formatted(database),
                    contention(watch));
        }
    }

    /** The CPU seconds of the database's server processes for this database so far, given {@code --db-url}. */
    private double databaseCpu() throws SQLException {
        if (!options.has("db-url")) {
            return Double.NaN;
        }
        try (Connection connection = DriverManager.getConnection(
                        options.require("db-url"), options.get("db-user", "postgres"), options.get("db-password", ""));
                ResultSet backends = connection
                        .createStatement()
                        .executeQuery("select pid from pg_stat_activity "
                                + "where datname = current_database() and pid <> pg_backend_pid()")) {
            double seconds = 0;
            while (backends.next()) {
                double backend = CpuTime.seconds(backends.getLong(1));
                seconds += Double.isNaN(backend) ? 0 : backend;
            }
            return seconds;
        }
    }

    /** The portal's CPU seconds so far, given {@code --portal-pid}; NaN otherwise. */
    private double portalCpu() {
        return options.has("portal-pid") ? CpuTime.seconds(Long.parseLong(options.require("portal-pid"))) : Double.NaN;
    }

    /** The store's ordered scan and deserialization, in events/s. */
    private double scan() throws SQLException {
        System.out.println("== Ceiling: ordered scan of domain_event_entry + Jackson deserialization, 1 cursor");
        StoreScan scan = new StoreScan(
                options.require("db-url"), options.get("db-user", "postgres"), options.get("db-password", ""));
        Quiet.await();
        Quiet.Watch watch = Quiet.watch();
        StoreScan.Result result = scan.run();
        watch.close();
        System.out.printf(
                "%-20s %,d events (%,d into their class) in %.1f s = %,.0f events/s%s%n",
                "scan", result.events(), result.typed(), result.seconds(), result.eventsPerSecond(), contention(watch));
        return result.eventsPerSecond();
    }

    private static String contention(Quiet.Watch watch) {
        String builds = watch.seen().isEmpty() ? "" : "; MEASURED UNDER CONTENTION, other builds ran: " + watch.seen();
        return builds
                + (watch.overloaded()
                        ? "; MEASURED UNDER LOAD, 1-min load average up to %.1f".formatted(watch.maxLoad())
                        : "");
    }

    private JsonNode status(String operator, String name) {
        for (JsonNode projection :
                portal.get("/admin/projections", operator).expect(200).get("data")) {
            if (projection.get("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new IllegalArgumentException("no projection " + name);
    }
}
