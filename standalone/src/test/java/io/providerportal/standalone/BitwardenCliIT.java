package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.client.ClientAccount;
import io.providerportal.client.PortalClient;
import io.providerportal.standalone.tls.PemTrust;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The official Bitwarden CLI, pinned, installed from npm, against the portal serving HTTPS with its self-signed
 * certificate on a fresh database. Each {@code bw} command is a process of its own, as a user would type it; the
 * account and its item are made by this project's client from an email and a password, and the CLI shows the item
 * decrypted.
 */
class BitwardenCliIT {

    static final String CLI_VERSION = "2026.9.0";
    private static final String PASSWORD = "correct horse battery staple";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of("target", "bitwarden-cli-it").toAbsolutePath();

    static ConfigurableApplicationContext portal;
    static String server;
    static Path bw;

    @BeforeAll
    static void startPortalAndInstallCli() throws Exception {
        Files.createDirectories(WORK);
        bw = installCli();
        String database = "bitwarden_cli_it";
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host() + "/postgres", "postgres",
                "")) {
            admin.createStatement().execute("drop database if exists " + database);
            admin.createStatement().execute("create database " + database);
        }
        portal = new SpringApplicationBuilder(StandaloneApplication.class).run(
                "--spring.profiles.active=test", "--portal.database=external",
                "--spring.datasource.url=jdbc:postgresql://" + host() + "/" + database,
                "--portal.tls=self-signed", "--portal.tls-directory=" + WORK.resolve("tls"),
                "--portal.mail.drop-directory=" + WORK.resolve("mail"), "--server.port=0");
        server = "https://localhost:" + ((ServletWebServerApplicationContext) portal).getWebServer().getPort();
        SSLContext.setDefault(PemTrust.of(WORK.resolve("tls/portal.pem")));
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void theCliLogsInSyncsShowsTheVaultDecryptedLocksUnlocksAndLogsOut() throws Exception {
        String email = "bw-" + UUID.randomUUID() + "@example.test";
        register(email);
        String item = client("create-item", "--server", server, "--email", email, "--password", PASSWORD,
                "--name", "Bank", "--username", "alice", "--item-password", "s3cret", "--uri", "https://bank.test");
        Path appData = Files.createTempDirectory(WORK, "appdata");

        bw(appData, null, "config", "server", server);
        String session = bw(appData, null, "login", email, "--passwordenv", "BW_PASSWORD", "--raw");
        assertThat(session).isNotBlank();
        String status = bw(appData, session, "status");
        assertThat(json(status).get("status").asText()).as(status).isEqualTo("unlocked");

        JsonNode items = json(bw(appData, session, "list", "items"));
        assertThat(items).hasSize(1);
        JsonNode bank = items.get(0);
        assertThat(bank.get("id").asText()).isEqualTo(item);
        assertThat(bank.get("name").asText()).isEqualTo("Bank");
        assertThat(bank.at("/login/username").asText()).isEqualTo("alice");
        assertThat(bank.at("/login/password").asText()).isEqualTo("s3cret");
        assertThat(bank.at("/login/uris/0/uri").asText()).isEqualTo("https://bank.test");
        assertThat(bw(appData, session, "sync")).contains("Syncing complete");
        assertThat(bw(appData, session, "sync", "--force")).contains("Syncing complete");

        bw(appData, session, "lock");
        assertThat(json(bw(appData, null, "status")).get("status").asText()).isEqualTo("locked");
        String unlocked = bw(appData, null, "unlock", "--passwordenv", "BW_PASSWORD", "--raw");
        assertThat(json(bw(appData, unlocked, "get", "item", item)).at("/login/password").asText())
                .isEqualTo("s3cret");
        bw(appData, unlocked, "logout");
        assertThat(json(bw(appData, null, "status")).get("status").asText()).isEqualTo("unauthenticated");
    }

    /** The pinned CLI, installed once under {@code ~/.cache/provider-portal} and reused. */
    private static Path installCli() throws Exception {
        Path home = Path.of(System.getProperty("user.home"), ".cache", "provider-portal", "bitwarden-cli-" + CLI_VERSION);
        Path binary = home.resolve("node_modules/.bin/bw");
        if (!Files.isExecutable(binary)) {
            Files.createDirectories(home);
            run(home, Map.of(), "npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
                    "@bitwarden/cli@" + CLI_VERSION);
        }
        return binary;
    }

    private static void register(String email) throws Exception {
        ClientAccount account = ClientAccount.create(email, "Bw User", PASSWORD, 5000);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server + "/identity/accounts/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(account.registrationJson())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    /** This project's own command-line client, in this JVM. */
    private static String client(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PortalClient.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    private static String bw(Path appData, String session, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(bw.toString()));
        command.addAll(List.of(args));
        command.add("--nointeraction");
        Map<String, String> environment = new HashMap<>(Map.of(
                "BITWARDENCLI_APPDATA_DIR", appData.toString(),
                "NODE_EXTRA_CA_CERTS", WORK.resolve("tls/portal.pem").toString(),
                "BW_PASSWORD", PASSWORD));
        if (session != null) {
            environment.put("BW_SESSION", session);
        }
        return run(WORK, environment, command.toArray(String[]::new));
    }

    private static String run(Path directory, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
        return output.trim();
    }

    private static JsonNode json(String output) throws Exception {
        return JSON.readTree(output.substring(Math.max(0, Math.min(indexOf(output, '{'), indexOf(output, '[')))));
    }

    private static int indexOf(String text, char c) {
        int index = text.indexOf(c);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String host() {
        return System.getenv().getOrDefault("PORTAL_DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("PORTAL_DB_PORT", "5432");
    }
}
