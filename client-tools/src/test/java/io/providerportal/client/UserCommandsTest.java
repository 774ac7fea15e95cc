package io.providerportal.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commands through their real HTTP layer, against {@link FakePortal}: what they send and what they print. */
class UserCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "alice@provider.test";
    private static final String PASSWORD = "correct horse battery";
    private static final String PID = "3f1c8a52-6a0e-4a4b-9d2e-0c6f4b8e1a27";
    private static final String OID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String MID = "b7e0f2d4-1c3a-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String CID = "c0ffee00-0000-4000-8000-000000000001";
    private static final String IID = "0c9e4f7a-2b1d-4c3e-9f8a-7b6c5d4e3f2a";

    private static ClientAccount alice;
    private static ClientAccount bob;

    private final SymmetricKey providerKey = SymmetricKey.random();
    private final SymmetricKey organizationKey = SymmetricKey.random();
    private FakePortal portal;

    @BeforeAll
    static void accounts() {
        alice = ClientAccount.create(EMAIL, "Alice", PASSWORD, FakePortal.ITERATIONS);
        bob = ClientAccount.create("bob@example.test", "Bob", "other password", FakePortal.ITERATIONS);
    }

    @BeforeEach
    void start() throws Exception {
        portal = new FakePortal(alice);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void logsInAsLoginDoesAndPrintsThePositionOfTheSetup() throws Exception {
        portal.answer("POST /providers/" + PID + "/setup", 204, "", Map.of("Portal-Position", "17"));

        FakePortal.Result result =
                portal.run("setup-provider", " Alice@Provider.TEST ", PASSWORD, "--provider", PID.toUpperCase());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("17" + System.lineSeparator());
        assertThat(JSON.readTree(portal.only("POST /identity/accounts/prelogin/password")
                                .body())
                        .get("email")
                        .asText())
                .isEqualTo(EMAIL);
        Map<String, String> form =
                form(portal.only("POST /identity/connect/token").body());
        assertThat(form)
                .containsEntry("grant_type", "password")
                .containsEntry("username", EMAIL)
                .containsEntry("password", alice.masterPasswordHash())
                .containsEntry("client_id", "cli");
        FakePortal.Request setup = portal.only("POST /providers/" + PID + "/setup");
        assertThat(setup.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(alice.unwrapForMe(body(setup).get("key").asText())).hasSize(64);
    }

    @Test
    void confirmsAProviderMemberWithTheProviderKeyWrappedToTheirPublicKey() throws Exception {
        providerWithKeyForAlice();
        members("/providers/" + PID, "ACCEPTED");
        portal.answer(
                "POST /providers/" + PID + "/users/" + MID + "/confirm", 204, "", Map.of("Portal-Position", "23"));

        FakePortal.Result result = portal.run(
                "confirm-provider-member",
                EMAIL,
                PASSWORD,
                "--provider",
                PID,
                "--member-email",
                "Bob@Example.test",
                "--min-position",
                "5");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out().trim()).isEqualTo("23");
        assertThat(body(portal.only("POST /providers/" + PID + "/users/public-keys"))
                        .get("ids"))
                .containsExactly(JSON.getNodeFactory().textNode(MID));
        String key = body(portal.only("POST /providers/" + PID + "/users/" + MID + "/confirm"))
                .get("key")
                .asText();
        assertThat(SymmetricKey.of(bob.unwrapForMe(key))).isEqualTo(providerKey);
        assertThat(portal.all("GET /providers"))
                .extracting(request -> request.header("Portal-Min-Position"))
                .as("the provider key after the set-up, then the confirmation readable before returning")
                .containsExactly("5", "23");
        assertThat(portal.only("GET /providers/" + PID + "/users").header("Portal-Min-Position"))
                .isEqualTo("5");
    }

    @Test
    void aMemberWhoHasNotAcceptedIsNotConfirmed() {
        providerWithKeyForAlice();
        members("/providers/" + PID, "INVITED");

        FakePortal.Result result = portal.run(
                "confirm-provider-member", EMAIL, PASSWORD, "--provider", PID, "--member-email", "bob@example.test");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("bob@example.test is INVITED, not ACCEPTED");
        assertThat(portal.requests).noneMatch(r -> r.path().endsWith("/confirm"));
    }

    @Test
    void newClientWrapsTheOrganizationKeyUnderTheCallersProviderKey() throws Exception {
        providerWithKeyForAlice();

        FakePortal.Result result = portal.run(
                "new-client",
                EMAIL,
                PASSWORD,
                "--provider",
                PID,
                "--name",
                "Contoso",
                "--owner-email",
                "it@contoso.test",
                "--plan",
                "enterprise",
                "--seats",
                "25");

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode body = JSON.readTree(result.out());
        assertThat(body.get("plan").asText()).isEqualTo("ENTERPRISE");
        assertThat(body.get("seats").asInt()).isEqualTo(25);
        SymmetricKey key = UnlockedKeys.open(providerKey, body.get("key").asText());
        assertThat(ClientCrypto.decryptToString(key, body.get("collectionName").asText()))
                .isEqualTo("Default collection");
    }

    @Test
    void confirmsAnOrganizationMemberWithAKeyHeldThroughTheProvider() throws Exception {
        providerWithKeyForAlice();
        clientOrganization(ClientCrypto.encrypt(providerKey, organizationKey.toBytes()));
        members("/organizations/" + OID, "ACCEPTED");
        portal.answer("POST /organizations/" + OID + "/users/" + MID + "/confirm", 204, "");

        FakePortal.Result result = portal.run(
                "confirm-org-member", EMAIL, PASSWORD, "--organization", OID, "--member-email", "bob@example.test");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        String key = body(portal.only("POST /organizations/" + OID + "/users/" + MID + "/confirm"))
                .get("key")
                .asText();
        assertThat(SymmetricKey.of(bob.unwrapForMe(key))).isEqualTo(organizationKey);
    }

    @Test
    void createsACollectionWithReadOnlyAccessForAMember() throws Exception {
        clientOrganization(alice.wrapForMe(organizationKey.toBytes()));
        members("/organizations/" + OID, "CONFIRMED");
        portal.answer(
                "POST /organizations/" + OID + "/collections",
                201,
                "{\"id\":\"" + CID + "\"}",
                Map.of("Portal-Position", "31"));

        FakePortal.Result result = portal.run(
                "create-collection",
                EMAIL,
                PASSWORD,
                "--organization",
                OID,
                "--name",
                "Servers",
                "--member-email",
                "bob@example.test",
                "--read-only");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out().trim()).isEqualTo(CID);
        JsonNode body = body(portal.only("POST /organizations/" + OID + "/collections"));
        assertThat(ClientCrypto.decryptToString(
                        organizationKey, body.get("name").asText()))
                .isEqualTo("Servers");
        assertThat(body.get("users")).isEqualTo(JSON.readTree("""
                [{"id":"%s","readOnly":true,"hidePasswords":false,"manage":false}]""".formatted(MID)));
        // a member's own copy of the key needs no provider key: /providers is read only to see the write
        assertThat(portal.all("GET /providers"))
                .extracting(r -> r.header("Portal-Min-Position"))
                .containsExactly("31");
    }

    @Test
    void createsAnOrganizationItemUnderTheOrganizationKey() throws Exception {
        clientOrganization(alice.wrapForMe(organizationKey.toBytes()));
        portal.answer("POST /items", 201, "{\"id\":\"" + IID + "\"}", Map.of("Portal-Position", "40"));

        FakePortal.Result result = portal.run(
                "create-item",
                EMAIL,
                PASSWORD,
                "--name",
                "Router",
                "--username",
                "admin",
                "--item-password",
                "--not-an-option",
                "--uri",
                "https://router.test",
                "--organization",
                OID,
                "--collection",
                CID);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out().trim()).isEqualTo(IID);
        JsonNode body = body(portal.only("POST /items"));
        assertThat(body.get("organizationId").asText()).isEqualTo(OID);
        assertThat(body.get("collectionIds").get(0).asText()).isEqualTo(CID);
        assertThat(ClientCrypto.decryptToString(
                        organizationKey, body.at("/login/password").asText()))
                .isEqualTo("--not-an-option");
        assertThat(ClientCrypto.decryptToString(
                        organizationKey, body.at("/login/uris/0/uri").asText()))
                .isEqualTo("https://router.test");
    }

    @Test
    void getsAPersonalItemDecryptedWithTheUserKey() throws Exception {
        SymmetricKey userKey = alice.userKey();
        portal.answer("GET /items/" + IID, 200, """
                {"id":"%s","organizationId":null,"type":"LOGIN","key":null,"reprompt":false,
                 "data":{"name":"%s","login":{"username":"%s","password":"%s","totp":null,
                 "uris":[{"uri":"%s","match":null}]}},"collectionIds":[]}
                """.formatted(
                        IID,
                        ClientCrypto.encrypt(userKey, "Mail"),
                        ClientCrypto.encrypt(userKey, "alice"),
                        ClientCrypto.encrypt(userKey, "s3cret"),
                        ClientCrypto.encrypt(userKey, "https://mail.test")));

        FakePortal.Result result = portal.run("get-item", EMAIL, PASSWORD, "--id", IID);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(JSON.readTree(result.out())).isEqualTo(JSON.readTree("""
                {"id":"%s","organizationId":null,"type":"LOGIN","name":"Mail","username":"alice",
                 "password":"s3cret","uris":["https://mail.test"]}""".formatted(IID)));
    }

    @Test
    void getsAnOrganizationItemWithTheKeyHeldThroughTheProvider() throws Exception {
        providerWithKeyForAlice();
        clientOrganization(ClientCrypto.encrypt(providerKey, organizationKey.toBytes()));
        portal.answer("GET /items/" + IID, 200, """
                {"id":"%s","organizationId":"%s","type":"LOGIN","data":{"name":"%s"},"collectionIds":["%s"]}
                """.formatted(
                        IID, OID, ClientCrypto.encrypt(organizationKey, "Router"), CID));

        FakePortal.Result result = portal.run("get-item", EMAIL, PASSWORD, "--id", IID);

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode item = JSON.readTree(result.out());
        assertThat(item.get("name").asText()).isEqualTo("Router");
        assertThat(item.get("organizationId").asText()).isEqualTo(OID);
    }

    @Test
    void acceptsAnInvitationAtTheServerGiven() throws Exception {
        String path = "/organizations/" + OID + "/users/" + MID + "/accept";
        portal.answer("POST " + path, 204, "", Map.of("Portal-Position", "8"));

        FakePortal.Result result =
                portal.run("accept", EMAIL, PASSWORD, "--link", "https://mail-link.test" + path + "?token=eyJ.abc.def");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out().trim()).isEqualTo("8");
        assertThat(body(portal.only("POST " + path))).isEqualTo(JSON.readTree("{\"token\":\"eyJ.abc.def\"}"));
    }

    @Test
    void aProblemFromTheServerIsPrintedToStderrWithExitStatus1() {
        String problem = "{\"type\":\"https://portal.test/problems/member.status\",\"title\":\"Conflict\","
                + "\"status\":409,\"detail\":\"The member is already confirmed.\"}";
        providerWithKeyForAlice();
        members("/providers/" + PID, "ACCEPTED");
        portal.answer("POST /providers/" + PID + "/users/" + MID + "/confirm", 409, problem);

        FakePortal.Result result = portal.run(
                "confirm-provider-member", EMAIL, PASSWORD, "--provider", PID, "--member-email", "bob@example.test");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("HTTP 409")
                .contains(problem)
                .doesNotContain(PASSWORD)
                .doesNotContain("token-1");
    }

    @Test
    void aRefusedLoginIsAProblemToo() {
        portal.answer("POST /identity/connect/token", 400, "{\"error\":\"invalid_grant\"}");

        FakePortal.Result result = portal.run("get-item", EMAIL, "wrong", "--id", IID);

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("token request failed with HTTP 400").contains("invalid_grant");
        assertThat(portal.requests).noneMatch(r -> r.path().startsWith("/items"));
    }

    @Test
    void aTokenResponseWithoutKeysIsNeverQuoted() {
        portal.answer("POST /identity/connect/token", 200, "{\"access_token\":\"token-1\"}");

        FakePortal.Result result = portal.run("get-item", EMAIL, PASSWORD, "--id", IID);

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("the token response has no Key").doesNotContain("token-1");
    }

    @Test
    void readsAfterAWriteWaitForItsPosition() throws Exception {
        portal.answer("POST /w1", 200, "{}", Map.of("Portal-Position", "42"));
        portal.answer("POST /w2", 200, "{}", Map.of("Portal-Position", "12"));
        portal.answer("GET /r1", 200, "{}");
        portal.answer("GET /r2", 200, "{}");
        Session session = Session.login(
                HttpClient.newHttpClient(), portal.url(), portal.url(), EMAIL, PASSWORD, Session.NO_POSITION);

        session.get("/r1");
        session.post("/w1", Json.object());
        session.post("/w2", Json.object());
        session.get("/r2");

        assertThat(portal.only("GET /r1").header("Portal-Min-Position")).isNull();
        assertThat(portal.only("GET /r2").header("Portal-Min-Position")).isEqualTo("42");
        assertThat(session.position()).isEqualTo(42);
        assertThat(session.keys().userKey()).isEqualTo(alice.userKey());
        assertThat(session.keys().publicKey()).isEqualTo(alice.publicKey());
        assertThat(session.toString()).doesNotContain("token-1");
    }

    private void providerWithKeyForAlice() {
        portal.answer("GET /providers", 200, """
                {"data":[{"id":"11111111-2222-4333-8444-555555555555","name":"Other","key":null,"status":"INVITED"},
                         {"id":"%s","name":"MSP","type":"MSP","enabled":true,"setUp":true,
                          "providerUserId":"%s","role":"PROVIDER_ADMIN","status":"CONFIRMED","key":"%s"}]}
                """.formatted(PID, MID, alice.wrapForMe(providerKey.toBytes())));
    }

    private void clientOrganization(String key) {
        portal.answer("GET /organizations/" + OID, 200, """
                {"id":"%s","name":"Contoso","providerId":"%s","plan":"TEAMS","seats":10,"occupiedSeats":2,
                 "billingEmail":"billing@msp.test","enabled":true,"createdAt":"2026-01-01T00:00:00Z","key":"%s"}
                """.formatted(OID, PID, key));
    }

    /** Bob, in the given status, among other members; his public key is served for the bulk endpoint. */
    private void members(String tenant, String status) {
        portal.answer("GET " + tenant + "/users", 200, """
                {"data":[{"id":"22222222-3333-4444-8555-666666666666","userId":null,"email":"carol@example.test",
                          "name":null,"type":"USER","status":"INVITED"},
                         {"id":"%s","userId":"44444444-5555-4666-8777-888888888888","email":"bob@example.test",
                          "name":"Bob","type":"USER","status":"%s"}]}
                """.formatted(MID, status));
        portal.answer("POST " + tenant + "/users/public-keys", 200, """
                {"data":[{"id":"%s","userId":"44444444-5555-4666-8777-888888888888","key":"%s"}]}
                """.formatted(MID, bob.publicKey()));
    }

    private static JsonNode body(FakePortal.Request request) throws Exception {
        return JSON.readTree(request.body());
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
