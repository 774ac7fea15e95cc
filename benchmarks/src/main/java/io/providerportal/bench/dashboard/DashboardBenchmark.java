package io.providerportal.bench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.Options;
import io.providerportal.bench.http.Accounts;
import io.providerportal.bench.http.Accounts.Registered;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import io.providerportal.bench.measure.ClosedLoop;
import io.providerportal.bench.measure.Parallel;
import io.providerportal.bench.measure.Result;
import io.providerportal.bench.measure.Table;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.PortalClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The provider dashboard of a provider with 10,000 clients: the first 50-row page sorted by name and by seats, and
 * deeper pages reached with continuation tokens, read by one client, one request after another.
 */
public final class DashboardBenchmark {

    private static final String[] WORDS = {
        "Alpine",
        "Harbor",
        "Cedar",
        "Nordic",
        "Summit",
        "Delta",
        "Maple",
        "Orbit",
        "Pioneer",
        "Quartz",
        "Riverside",
        "Sterling",
        "Tundra",
        "Vertex",
        "Willow",
        "Zenith"
    };

    private final Portal portal;
    private final Options options;
    private final int clients;
    private final int seedClients;
    private final int warmup;
    private final int requests;
    private final AtomicLong lastPosition = new AtomicLong(-1);

    public DashboardBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.options = options;
        this.clients = options.integer("clients", 10_000);
        this.seedClients = options.integer("seed-clients", 4);
        this.warmup = options.integer("warmup", 100);
        this.requests = options.integer("requests", 1000);
    }

    /**
     * What autovacuum would have done by now on a server that runs it (this machine's does not): the planner's
     * statistics and the trigram index's pending entries brought up to date after the seeding.
     */
    private void analyze() {
        try (Connection connection = DriverManager.getConnection(
                        options.require("db-url"), options.get("db-user", "postgres"), options.get("db-password", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze dashboard_client");
            Table.note("dashboard_client vacuumed and analysed");
        } catch (SQLException e) {
            throw new IllegalStateException("could not vacuum the dashboard table", e);
        }
    }

    public void run() {
        String operator = Accounts.operator(portal, options.operatorId(), options.operatorSecret());
        Registered owner = Accounts.register(portal, "ProviderOwner");
        UUID providerId = UUID.fromString(portal.post(
                        "/providers",
                        operator,
                        Map.of(
                                "name",
                                "Bench MSP",
                                "businessName",
                                "Bench MSP Ltd",
                                "type",
                                "MSP",
                                "billingEmail",
                                "billing@bench-msp.test",
                                "ownerEmail",
                                owner.account().email()))
                .expect(201)
                .get("id")
                .asText());
        String token = Accounts.login(portal, owner.account());
        ClientCrypto.SymmetricKey providerKey = ClientCrypto.SymmetricKey.random();
        portal.post(
                        "/providers/" + providerId + "/setup",
                        token,
                        Map.of("key", Accounts.wrappedKey(owner.account(), providerKey)))
                .expect(204);
        String clientsPath = "/providers/" + providerId + "/clients";

        Random random = new Random(42);
        String[] names = new String[clients];
        int[] seats = new int[clients];
        for (int n = 0; n < clients; n++) {
            names[n] = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + n;
            seats[n] = 5 + random.nextInt(200);
        }
        Parallel.run("clients created", seedClients, clients, n -> {
            Reply reply = portal.post(
                    clientsPath,
                    token,
                    PortalClient.newClientJson(
                            providerKey,
                            names[n],
                            "owner-" + n + "-" + UUID.randomUUID() + "@client.test",
                            n % 3 == 0 ? "ENTERPRISE" : "TEAMS",
                            seats[n]));
            reply.expect(201);
            lastPosition.accumulateAndGet(reply.position(), Math::max);
        });
        JsonNode provider = portal.getAfter("/providers/" + providerId, token, lastPosition.get())
                .expect(200);
        Table.note("provider has %d clients", provider.get("clientCount").asInt());
        if (options.has("db-url")) {
            analyze();
        }

        String byName = clientsPath + "?sort=name&limit=50";
        String bySeats = clientsPath + "?sort=seats&direction=desc&limit=50";
        ClosedLoop.forCalls(
                "warm-up",
                1,
                warmup,
                (c, i) -> portal.get(i % 2 == 0 ? byName : bySeats, token).status());
        Result firstByName = ClosedLoop.forCalls(
                "first page, sort=name",
                1,
                requests,
                (c, i) -> portal.get(byName, token).status());
        Result firstBySeats = ClosedLoop.forCalls(
                "first page, sort=seats desc",
                1,
                requests,
                (c, i) -> portal.get(bySeats, token).status());
        Result deepByName = walk("next pages, sort=name (continuation)", byName, token);
        Result deepBySeats = walk("next pages, sort=seats desc (continuation)", bySeats, token);
        // a word in one name of 16 (a full first page at once), and a number in one name only (every name looked at)
        String common = clientsPath + "?search=" + WORDS[1] + "&sort=name&limit=50";
        String rare = clientsPath + "?search=" + (clients - 7) + "&sort=name&limit=50";
        Result commonSearch = ClosedLoop.forCalls(
                "search, a word of many names",
                1,
                requests,
                (c, i) -> portal.get(common, token).status());
        Result rareSearch = ClosedLoop.forCalls(
                "search, a number in one name",
                1,
                requests,
                (c, i) -> portal.get(rare, token).status());
        Table.print(
                "Dashboard, " + clients + " clients, 50-row pages, 1 client, sequential",
                List.of(
                        new Table.Row(firstByName, "p99 <= 15 ms"),
                        new Table.Row(firstBySeats, "p99 <= 15 ms"),
                        new Table.Row(deepByName, "p99 <= 15 ms"),
                        new Table.Row(deepBySeats, "p99 <= 15 ms"),
                        new Table.Row(commonSearch, "p99 <= 15 ms"),
                        new Table.Row(rareSearch, "p99 <= 15 ms")));
    }

    /** Pages through the whole list with continuation tokens, starting over at the end, {@code requests} pages. */
    private Result walk(String name, String firstPage, String token) {
        String[] next = {null};
        return ClosedLoop.forCalls(name, 1, requests, (c, i) -> {
            String path = next[0] == null
                    ? firstPage
                    : firstPage + "&continuationToken=" + URLEncoder.encode(next[0], StandardCharsets.UTF_8);
            Reply reply = portal.get(path, token);
            JsonNode continuation = reply.ok() ? reply.json().get("continuationToken") : null;
            next[0] = continuation == null || continuation.isNull() ? null : continuation.asText();
            return reply.status();
        });
    }
}
