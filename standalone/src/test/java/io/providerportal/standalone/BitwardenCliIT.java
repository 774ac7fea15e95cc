package io.providerportal.standalone;

import static io.providerportal.standalone.BitwardenApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.client.ClientAccount;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.PortalClient;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.tls.PemTrust;
import jakarta.servlet.Filter;
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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The official Bitwarden CLI, pinned, installed from npm, against the portal serving HTTPS with its self-signed
 * certificate on a fresh database. Each {@code bw} command is a process of its own, as a user would type it; the
 * account and its item are made by this project's client from an email and a password, and the CLI shows the item
 * decrypted. The tests run side by side (each with its own accounts and app-data folders): a {@code bw} command
 * spends most of its few seconds waiting on the CLI's own timers, not on the processor.
 */
@Execution(ExecutionMode.CONCURRENT)
class BitwardenCliIT {

    static final String CLI_VERSION = "2026.9.0";
    private static final String PASSWORD = "correct horse battery staple";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of("target", "bitwarden-cli-it").toAbsolutePath();

    static ConfigurableApplicationContext portal;
    static String server;
    static Path bw;
    /** The portal's own API, to set up what the CLI cannot (organizations, providers, invitations). */
    static PortalTestClient api;

    static JdbcClient jdbc;

    @BeforeAll
    static void startPortalAndInstallCli() throws Exception {
        Files.createDirectories(WORK);
        bw = installCli();
        String database = "bitwarden_cli_it";
        try (Connection admin =
                DriverManager.getConnection("jdbc:postgresql://" + host() + "/postgres", "postgres", "")) {
            admin.createStatement().execute("drop database if exists " + database);
            admin.createStatement().execute("create database " + database);
        }
        portal = new SpringApplicationBuilder(StandaloneApplication.class)
                .run(
                        "--spring.profiles.active=test",
                        "--portal.database=external",
                        "--spring.datasource.url=jdbc:postgresql://" + host() + "/" + database,
                        "--portal.tls=self-signed",
                        "--portal.tls-directory=" + WORK.resolve("tls"),
                        "--portal.mail.drop-directory=" + WORK.resolve("mail"),
                        "--server.port=0");
        server = "https://localhost:"
                + ((ServletWebServerApplicationContext) portal).getWebServer().getPort();
        SSLContext.setDefault(PemTrust.of(WORK.resolve("tls/portal.pem")));
        api = new PortalTestClient(MockMvcBuilders.webAppContextSetup((WebApplicationContext) portal)
                .addFilters(portal.getBean("springSecurityFilterChain", Filter.class))
                .build());
        jdbc = portal.getBean(JdbcClient.class);
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
        String item = client(
                "create-item",
                "--server",
                server,
                "--email",
                email,
                "--password",
                PASSWORD,
                "--name",
                "Bank",
                "--username",
                "alice",
                "--item-password",
                "s3cret",
                "--uri",
                "https://bank.test");
        Bw cli = new Bw(email, PASSWORD);
        assertThat(cli.json("status").get("status").asText()).isEqualTo("unlocked");

        JsonNode items = cli.json("list", "items");
        assertThat(items).hasSize(1);
        JsonNode bank = items.get(0);
        assertThat(bank.get("id").asText()).isEqualTo(item);
        assertThat(bank.get("name").asText()).isEqualTo("Bank");
        assertThat(bank.at("/login/username").asText()).isEqualTo("alice");
        assertThat(bank.at("/login/password").asText()).isEqualTo("s3cret");
        assertThat(bank.at("/login/uris/0/uri").asText()).isEqualTo("https://bank.test");
        assertThat(cli.run("sync")).contains("Syncing complete");
        assertThat(cli.run("sync", "--force")).contains("Syncing complete");

        cli.run("lock");
        assertThat(json(bw(cli.appData, null, PASSWORD, "status")).get("status").asText())
                .isEqualTo("locked");
        String unlocked = bw(cli.appData, null, PASSWORD, "unlock", "--passwordenv", "BW_PASSWORD", "--raw");
        assertThat(json(bw(cli.appData, unlocked, PASSWORD, "get", "item", item))
                        .at("/login/password")
                        .asText())
                .isEqualTo("s3cret");
        bw(cli.appData, unlocked, PASSWORD, "logout");
        assertThat(json(bw(cli.appData, null, PASSWORD, "status")).get("status").asText())
                .isEqualTo("unauthenticated");
    }

    @Test
    void anOwnerWritesItemsFoldersAndCollectionsAndConfirmsAMemberWhoSeesTheSharedItem() throws Exception {
        Scenario scenario = new Scenario(api, jdbc);
        ColdClient ownerAccount = api.signUp("Owner");
        Scenario.Organization organization = scenario.own(ownerAccount, "Northwind", 5);
        String orgId = organization.id.toString();
        Scenario.Member member = organization.invite("Member", "USER", List.of());
        organization.accept(member);
        Bw owner = new Bw(ownerAccount.email(), "correct horse battery staple Owner");

        assertThat(owner.json("list", "organizations").toString()).contains("Northwind");
        JsonNode pending = byField(
                owner.json("list", "org-members", "--organizationid", orgId),
                "email",
                member.account().email());
        assertThat(pending.get("status").asInt()).isEqualTo(1);
        owner.run("confirm", "org-member", member.id().toString(), "--organizationid", orgId);
        JsonNode members = owner.json("list", "org-members", "--organizationid", orgId);
        assertThat(byField(members, "email", member.account().email())
                        .get("status")
                        .asInt())
                .isEqualTo(2);
        // the owner adds items only to collections they are given, as everyone does: they give themselves Manage
        List<Map<String, Object>> access = List.of(
                Map.of(
                        "id",
                        byField(members, "email", ownerAccount.email())
                                .get("id")
                                .asText(),
                        "readOnly",
                        false,
                        "hidePasswords",
                        false,
                        "manage",
                        true),
                Map.of("id", member.id(), "readOnly", true, "hidePasswords", false, "manage", false));

        String folder = owner.json("create", "folder", encode(Map.of("name", "Work")))
                .get("id")
                .asText();
        owner.run("edit", "folder", folder, encode(Map.of("name", "Office")));
        assertThat(owner.json("list", "folders").toString()).contains("Office").doesNotContain("\"Work\"");

        ObjectNode login = (ObjectNode) owner.json("get", "template", "item");
        login.put("name", "Bank").put("folderId", folder).put("notes", "branch 12");
        login.set("login", JSON.createObjectNode().put("username", "treasurer").put("password", "first-pw"));
        String bank = owner.json("create", "item", encode(login)).get("id").asText();
        assertThat(ids(owner.json("list", "items", "--folderid", folder))).containsExactly(bank);
        assertThat(ids(owner.json("list", "items", "--search", "bank"))).containsExactly(bank);
        ObjectNode edited = (ObjectNode) owner.json("get", "item", bank);
        ((ObjectNode) edited.get("login")).put("password", "second-pw");
        owner.run("edit", "item", bank, encode(edited));
        assertThat(owner.json("get", "item", bank).at("/login/password").asText())
                .isEqualTo("second-pw");

        String finance = owner.json(
                        "create",
                        "org-collection",
                        encode(Map.of(
                                "organizationId",
                                orgId,
                                "name",
                                "Finance",
                                "externalId",
                                "fin",
                                "groups",
                                List.of(),
                                "users",
                                access)),
                        "--organizationid",
                        orgId)
                .get("id")
                .asText();
        owner.run("sync");
        assertThat(names(owner.json("list", "org-collections", "--organizationid", orgId)))
                .contains("Finance", "Default collection");
        owner.run(
                "edit",
                "org-collection",
                finance,
                encode(Map.of("organizationId", orgId, "name", "Finance EU", "groups", List.of(), "users", access)),
                "--organizationid",
                orgId);
        owner.run("move", bank, orgId, encode(List.of(finance)));
        owner.run(
                "edit",
                "item-collections",
                bank,
                encode(List.of(finance, organization.defaultCollectionId.toString())),
                "--organizationid",
                orgId);

        ObjectNode note = (ObjectNode) owner.json("get", "template", "item");
        note.put("type", 2).put("name", "Wi-Fi").put("notes", "guest network").put("organizationId", orgId);
        note.set("secureNote", JSON.createObjectNode().put("type", 0));
        note.remove("login");
        note.set("collectionIds", JSON.createArrayNode().add(finance));
        String wifi = owner.json("create", "item", encode(note)).get("id").asText();
        owner.run("delete", "item", wifi);
        assertThat(ids(owner.json("list", "items", "--trash"))).contains(wifi);
        owner.run("restore", "item", wifi);
        assertThat(ids(owner.json("list", "items", "--trash"))).doesNotContain(wifi);

        Bw reader = new Bw(member.account().email(), "correct horse battery staple Member");
        JsonNode shared = reader.json("list", "items", "--organizationid", orgId);
        assertThat(names(shared)).containsExactlyInAnyOrder("Bank", "Wi-Fi");
        assertThat(byField(shared, "name", "Bank").at("/login/password").asText())
                .isEqualTo("second-pw");
        assertThat(names(reader.json("list", "items", "--collectionid", finance)))
                .contains("Bank", "Wi-Fi");
        assertThat(names(reader.json("list", "org-collections", "--organizationid", orgId)))
                .contains("Finance EU");
        assertThat(names(reader.json("list", "collections"))).contains("Finance EU", "Default collection");

        owner.run("delete", "item", wifi, "--permanent");
        owner.run("delete", "org-collection", finance, "--organizationid", orgId);
        owner.run("delete", "folder", folder);
        assertThat(owner.json("list", "folders").toString()).doesNotContain("Office");
        reader.run("sync");
        assertThat(names(reader.json("list", "items", "--organizationid", orgId)))
                .containsExactly("Bank");

        // every change was an ordinary command: the event log and the native API show them
        List<String> events = new ArrayList<>();
        api.body(api.get("/organizations/" + orgId + "/events", ownerAccount.token()))
                .get("data")
                .forEach(event -> events.add(event.get("name").asText()));
        assertThat(events)
                .contains(
                        "Cipher_Shared",
                        "Cipher_UpdatedCollections",
                        "Cipher_SoftDeleted",
                        "Cipher_Restored",
                        "Cipher_Deleted",
                        "Collection_Created",
                        "Collection_Updated",
                        "Collection_Deleted",
                        "OrganizationUser_Confirmed");
        JsonNode nativeBank = api.body(api.get("/items/" + bank, member.token()));
        assertThat(ClientCrypto.decryptToString(
                        member.account().organizationKey(organization.id),
                        nativeBank.at("/data/login/password").asText()))
                .isEqualTo("second-pw");
    }

    @Test
    void aServiceUserAdministersAClientFromTheCliAndItsOwnerSeesTheSharedItem() throws Exception {
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Provider provider = scenario.provider("Adatum");
        Scenario.Member technician = provider.confirmed("Tech", "SERVICE_USER");
        Scenario.PendingClient client = scenario.clientAwaitingConfirmation(provider, "Litware", 5);
        String orgId = client.id().toString();
        Bw serviceUser = new Bw(technician.account().email(), "correct horse battery staple Tech");

        JsonNode owner = byField(
                serviceUser.json("list", "org-members", "--organizationid", orgId),
                "email",
                client.owner().account().email());
        assertThat(owner.get("status").asInt()).isEqualTo(1);
        serviceUser.run("confirm", "org-member", client.owner().id().toString(), "--organizationid", orgId);
        String runbooks = serviceUser
                .json(
                        "create",
                        "org-collection",
                        encode(Map.of(
                                "organizationId",
                                orgId,
                                "name",
                                "Runbooks",
                                "groups",
                                List.of(),
                                "users",
                                List.of(Map.of(
                                        "id",
                                        client.owner().id(),
                                        "readOnly",
                                        false,
                                        "hidePasswords",
                                        false,
                                        "manage",
                                        true)))),
                        "--organizationid",
                        orgId)
                .get("id")
                .asText();
        serviceUser.run("sync");
        assertThat(names(serviceUser.json("list", "org-collections", "--organizationid", orgId)))
                .contains("Runbooks", "Default collection");

        // the owner, now confirmed, files a login in the new collection and one of their own
        ColdClient ownerAccount = client.owner().account();
        api.post(
                        "/items",
                        ownerAccount.token(),
                        Items.inOrganization(
                                Items.login(ownerAccount.organizationKey(client.id()), "Router", "admin", "r0uter"),
                                client.id(),
                                UUID.fromString(runbooks)))
                .andExpect(status().isCreated());
        api.post("/items", ownerAccount.token(), Items.login(ownerAccount.userKey(), "Mail", "me", "m4il"))
                .andExpect(status().isCreated());
        Bw clientOwner = new Bw(ownerAccount.email(), "correct horse battery staple LitwareOwner");
        JsonNode vault = clientOwner.json("list", "items");
        assertThat(names(vault)).containsExactlyInAnyOrder("Router", "Mail");
        assertThat(byField(vault, "name", "Router").at("/login/password").asText())
                .isEqualTo("r0uter");
        JsonNode nativeVault = api.body(api.get("/vault", ownerAccount.token()));
        assertThat(nativeVault.get("items")).hasSize(2);
    }

    /** The pinned CLI, installed once under {@code ~/.cache/provider-portal} and reused. */
    private static Path installCli() throws Exception {
        Path home =
                Path.of(System.getProperty("user.home"), ".cache", "provider-portal", "bitwarden-cli-" + CLI_VERSION);
        Path binary = home.resolve("node_modules/.bin/bw");
        if (!Files.isExecutable(binary)) {
            Files.createDirectories(home);
            run(
                    home,
                    Map.of(),
                    "npm",
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--loglevel=error",
                    "@bitwarden/cli@" + CLI_VERSION);
        }
        return binary;
    }

    private static void register(String email) throws Exception {
        ClientAccount account = ClientAccount.create(email, "Bw User", PASSWORD, 5000);
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server + "/identity/accounts/register"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(account.registrationJson()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    /** This project's own command-line client, in this JVM. */
    private static String client(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PortalClient.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    private static String bw(Path appData, String session, String password, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(bw.toString()));
        command.addAll(List.of(args));
        command.add("--nointeraction");
        Map<String, String> environment = new HashMap<>(Map.of(
                "BITWARDENCLI_APPDATA_DIR", appData.toString(),
                "NODE_EXTRA_CA_CERTS", WORK.resolve("tls/portal.pem").toString(),
                "BW_PASSWORD", password));
        if (session != null) {
            environment.put("BW_SESSION", session);
        }
        return run(WORK, environment, command.toArray(String[]::new));
    }

    private static String run(Path directory, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("%s finished", String.join(" ", command))
                .isTrue();
        assertThat(process.exitValue())
                .as("%s: %s", String.join(" ", command), output)
                .isZero();
        return output.trim();
    }

    /** One person's CLI: an app-data folder of its own, logged in with their own email and password. */
    private static final class Bw {

        private final Path appData;
        private final String password;
        private final String session;

        Bw(String email, String password) throws Exception {
            this.appData = Files.createTempDirectory(WORK, "appdata");
            this.password = password;
            bw(appData, null, password, "config", "server", server);
            this.session = bw(appData, null, password, "login", email, "--passwordenv", "BW_PASSWORD", "--raw");
        }

        String run(String... args) throws Exception {
            return bw(appData, session, password, args);
        }

        JsonNode json(String... args) throws Exception {
            return BitwardenCliIT.json(run(args));
        }
    }

    /** What {@code bw encode} makes of a JSON value: the CLI takes its objects base64-encoded. */
    private static String encode(Object value) throws Exception {
        return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(value));
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(element -> names.add(element.get("name").asText()));
        return names;
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
