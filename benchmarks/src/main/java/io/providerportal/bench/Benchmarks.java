package io.providerportal.bench;

import io.providerportal.bench.commands.CommandMixBenchmark;
import io.providerportal.bench.commands.CommandsBenchmark;
import io.providerportal.bench.dashboard.DashboardBenchmark;
import io.providerportal.bench.faults.FaultSuite;
import io.providerportal.bench.history.HistoryBenchmark;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.myvault.MyVaultBenchmark;
import io.providerportal.bench.replay.ReplayBenchmark;

/**
 * Runs one scenario against a portal that is already running: it seeds what it needs through the public API, warms
 * up, measures and prints a table. Every scenario registers fresh users, so scenarios can run one after another on
 * the same database.
 */
public final class Benchmarks {

    static final String USAGE = """
            Usage: java -jar portal-benchmarks.jar <scenario> [--url http://127.0.0.1:8080] [--read-url URL] [options]
              (--read-url: where reads go when the query side runs apart from the command side at --url)

              myvault    [--items 10000] [--collections 10] [--seed-clients 4] [--warmup 20] [--requests 200]
              dashboard  [--clients 10000] [--seed-clients 4] [--warmup 100] [--requests 1000]
                         [--db-url jdbc:postgresql://127.0.0.1:5432/bench] (then vacuum analyze after seeding)
              commands   [--concurrency 32,64] [--seconds 30] [--warmup-seconds 10] [--items-per-client 8]
                         [--lag-samples 500]
              commands-mix [--concurrency 32,64] [--seconds 30] [--warmup-seconds 10] [--items-per-client 8]
              history    --db-url jdbc:postgresql://127.0.0.1:5432/bench --portal-pid PID
                         [--db-user postgres] [--db-password ''] [--sizes 100000,1000000] [--chunk 100000]
              replay     [--projections dashboard,audit-log]
                         [--db-url jdbc:postgresql://127.0.0.1:5432/bench --db-user postgres --db-password '']
                         [--portal-pid PID]
                         (with --db-url, first the ceiling: the ordered scan + deserialization of the store;
                         with --portal-pid, the portal's CPU seconds per rebuild)
              faults     --run-dir DIR --pg-ctl "PG_CTL..." --command-jar JAR --query-jar JAR --query-migrations DIR
                         [--db-port 5499] [--faults none,command,query,postgres] [--before-seconds 8]
                         [--after-seconds 8] [--vault-users 4] [--writes-per-client 10]
                         (run by scripts/fault-suite.sh: docs/faults.md)

            Operator credentials (dashboard, history, replay): --operator-id dev-operator --operator-secret dev-operator-secret
            """;

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-") || args[0].equals("help")) {
            System.out.print(USAGE);
            System.exit(args.length == 0 ? 2 : 0);
        }
        Options options = Options.parse(args);
        String url = options.get("url", "http://127.0.0.1:8080");
        Portal portal = new Portal(url, options.get("read-url", url));
        switch (args[0]) {
            case "myvault" -> new MyVaultBenchmark(portal, options).run();
            case "dashboard" -> new DashboardBenchmark(portal, options).run();
            case "commands" -> new CommandsBenchmark(portal, options).run();
            case "commands-mix" -> new CommandMixBenchmark(portal, options).run();
            case "history" -> new HistoryBenchmark(portal, options).run();
            case "replay" -> new ReplayBenchmark(portal, options).run();
            case "faults" -> System.exit(new FaultSuite(options).run());
            default -> {
                System.err.println("unknown scenario: " + args[0]);
                System.err.print(USAGE);
                System.exit(2);
            }
        }
        // The JDK HTTP client keeps selector threads alive; the run is over.
        System.exit(0);
    }
}
