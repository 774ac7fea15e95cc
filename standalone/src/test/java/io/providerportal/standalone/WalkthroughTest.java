package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.client.PortalClient;
import io.providerportal.platform.test.PortalTestClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's walkthrough, step by step, over real HTTP and with the command-line client as the README runs it:
 * every client step holds an email and a password only. (The README's own emails are made unique per run, and
 * mails are read from where the test configuration drops them.)
 */
@PortalTest
class WalkthroughTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private String server;

    @Test
    void theReadmeWalkthroughEndsWithBobReadingTheSharedLoginDecrypted() throws Exception {
        server = "http://127.0.0.1:" + port;
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> alice = login("alice-" + run + "@example.com", "correct horse battery");
        List<String> owner = login("owner-" + run + "@contoso.test", "contoso owner secret");
        List<String> bob = login("bob-" + run + "@contoso.test", "bob's own secret");

        // 1. register accounts, and log in
        for (List<String> account : List.of(alice, owner, bob)) {
            cli(concat(
                    List.of("register"),
                    account,
                    List.of("--name", "Someone", "--iterations", Integer.toString(PortalTestClient.KDF_ITERATIONS))));
        }
        String token = cli(concat(List.of("login"), alice));

        // 2. the operator creates a provider owned by Alice, who sets up its key
        String operator = cli(
                "operator-token",
                "--server",
                server,
                "--client-id",
                PortalTestClient.OPERATOR_ID,
                "--client-secret",
                PortalTestClient.OPERATOR_SECRET);
        String provider = post("/providers", operator, """
                {"name":"Acme IT","businessName":"Acme IT Ltd","type":"MSP","billingEmail":"billing@acme-it.test",\
                "ownerEmail":"%s"}""".formatted(email(alice)))
                .body()
                .get("id")
                .asText();
        cli(concat(List.of("setup-provider"), alice, List.of("--provider", provider)));

        // 3. Alice creates a client organization; 4. the dashboard shows it once caught up with the position
        Reply created = post(
                "/providers/" + provider + "/clients",
                token,
                cli(concat(
                        List.of("new-client"),
                        alice,
                        List.of(
                                "--provider",
                                provider,
                                "--name",
                                "Contoso",
                                "--owner-email",
                                email(owner),
                                "--plan",
                                "TEAMS",
                                "--seats",
                                "10"))));
        JsonNode row = get("/providers/" + provider + "/clients?sort=name", token, created.position())
                .get("data")
                .get(0);
        assertThat(row.get("name").asText()).isEqualTo("Contoso");
        assertThat(row.get("plan").asText()).isEqualTo("TEAMS");
        assertThat(row.get("seats").asInt()).isEqualTo(10);
        assertThat(row.get("occupiedSeats").asInt()).isEqualTo(1);
        assertThat(row.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(row.get("key").asText()).startsWith("2.");
        String organization = row.get("organizationId").asText();

        // 5. Contoso's owner accepts the mailed invitation; Alice confirms them through the provider key
        cli(concat(List.of("accept"), owner, List.of("--mail", mailOf(owner))));
        cli(concat(
                List.of("confirm-org-member"),
                alice,
                List.of("--organization", organization, "--member-email", email(owner))));

        // 6. the owner invites Bob, who accepts and is confirmed; a collection Bob reads, and a login in it
        post(
                "/organizations/" + organization + "/users/invite",
                cli(concat(List.of("login"), owner)),
                "{\"emails\":[\"" + email(bob) + "\"],\"type\":\"USER\"}");
        cli(concat(List.of("accept"), bob, List.of("--mail", mailOf(bob))));
        cli(concat(
                List.of("confirm-org-member"),
                owner,
                List.of("--organization", organization, "--member-email", email(bob))));
        String collection = cli(concat(
                List.of("create-collection"),
                owner,
                List.of(
                        "--organization",
                        organization,
                        "--name",
                        "Finance",
                        "--member-email",
                        email(bob),
                        "--read-only")));
        String item = cli(concat(
                List.of("create-item"),
                owner,
                List.of(
                        "--organization",
                        organization,
                        "--collection",
                        collection,
                        "--name",
                        "Bank",
                        "--username",
                        "treasurer",
                        "--item-password",
                        "s3cret-Pa55",
                        "--uri",
                        "https://bank.test")));

        // 7. Bob reads it, decrypted with the organization key the server keeps wrapped for him
        JsonNode read = JSON.readTree(cli(concat(List.of("get-item"), bob, List.of("--id", item))));
        assertThat(read.get("name").asText()).isEqualTo("Bank");
        assertThat(read.get("username").asText()).isEqualTo("treasurer");
        assertThat(read.get("password").asText()).isEqualTo("s3cret-Pa55");
        assertThat(read.get("organizationId").asText()).isEqualTo(organization);
    }

    private List<String> login(String email, String password) {
        return List.of("--server", server, "--email", email, "--password", password);
    }

    private static String email(List<String> login) {
        return login.get(3);
    }

    private static String mailOf(List<String> login) {
        return "target/mail/" + email(login) + ".txt";
    }

    @SafeVarargs
    private static String[] concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toArray(String[]::new);
    }

    /** Runs one command of the command-line client in this JVM; answers what it printed, trimmed. */
    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PortalClient.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status)
                .as("%s: %s", args[0], err.toString(StandardCharsets.UTF_8))
                .isZero();
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    record Reply(JsonNode body, long position) {}

    private Reply post(String path, String token, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("POST %s: %s", path, response.body())
                .isBetween(200, 299);
        return new Reply(
                JSON.readTree(response.body().isEmpty() ? "{}" : response.body()),
                response.headers()
                        .firstValue("Portal-Position")
                        .map(Long::parseLong)
                        .orElse(-1L));
    }

    private JsonNode get(String path, String token, long minPosition) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Portal-Min-Position", Long.toString(minPosition))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("GET %s: %s", path, response.body())
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Portal-Position-Reached")).hasValue("true");
        return JSON.readTree(response.body());
    }
}
