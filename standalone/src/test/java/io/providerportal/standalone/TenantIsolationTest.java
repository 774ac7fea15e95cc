package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.PortalClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.test.Scenarios;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Provider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The role matrix: every endpoint of provider B, called by each kind of caller, answers exactly the expected
 * status; nobody outside B learns anything about it or changes it. Later features add their rows here.
 */
@PortalTest
class TenantIsolationTest {

    /** In the order they call each endpoint: outsiders first, so a later success cannot hide an earlier leak. */
    enum Caller {
        ANONYMOUS,
        STRANGER,
        ADMIN_OF_OTHER_PROVIDER,
        UNCONFIRMED_MEMBER,
        SERVICE_USER,
        TECHNICIAN,
        PROVIDER_ADMIN,
        OPERATOR
    }

    /** One endpoint of provider B and the status each caller must get; the body is made afresh for each call. */
    record Row(String method, String path, Supplier<Object> body, Map<Caller, Integer> expected) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    Provider b;
    Member pending;
    Member accepted;
    Member removable;
    Scenario.Organization client;
    Scenario.Organization ownedByAdmin;
    UUID clientGroup;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Provider a = scenario.provider("A");
        b = scenario.provider("B");
        tokens.put(Caller.STRANGER, api.login(api.register("Stranger")));
        tokens.put(Caller.ADMIN_OF_OTHER_PROVIDER, a.adminToken);
        tokens.put(
                Caller.UNCONFIRMED_MEMBER,
                b.accepted("Unconfirmed", "PROVIDER_ADMIN").token());
        tokens.put(Caller.SERVICE_USER, b.confirmed("Service", "SERVICE_USER").token());
        tokens.put(Caller.TECHNICIAN, b.confirmed("Technician", "TECHNICIAN").token());
        tokens.put(Caller.PROVIDER_ADMIN, b.adminToken);
        tokens.put(Caller.OPERATOR, scenario.operator());
        pending = b.invite("Pending", "SERVICE_USER");
        accepted = b.accepted("Accepted", "SERVICE_USER");
        removable = b.invite("Removable", "SERVICE_USER");
        client = scenario.client(b, "Contoso", 10);
        ownedByAdmin = scenario.own(b.owner, "Fabrikam", 10);
        clientGroup = api.createdId(api.post(
                "/providers/" + b.id + "/client-groups",
                b.adminToken,
                Map.of("name", "Retail", "organizationIds", List.of(client.id))));
    }

    private List<Row> matrix() {
        String provider = "/providers/" + b.id;
        String users = provider + "/users";
        return List.of(
                row("GET", provider, null, 200, 200, 200),
                row("GET", provider + "/clients", null, 200, 200, 200),
                row("PUT", provider, () -> Map.of("name", "Renamed", "billingEmail", "x@b.test"), 204, 403, 204),
                row(
                        "POST",
                        provider + "/clients",
                        () -> PortalClient.newClientJson(
                                SymmetricKey.random(), "Contoso", "owner@contoso.test", "TEAMS", 5),
                        201,
                        403,
                        404),
                row("GET", users, null, 200, 403, 404),
                row("POST", users + "/public-keys", () -> Map.of("ids", List.of(accepted.id())), 200, 403, 404),
                row(
                        "POST",
                        users + "/invite",
                        () -> Map.of(
                                "emails",
                                List.of("new-" + UUID.randomUUID() + "@example.test"),
                                "type",
                                "SERVICE_USER"),
                        200,
                        403,
                        404),
                row("POST", users + "/" + pending.id() + "/reinvite", null, 204, 403, 404),
                row("POST", users + "/reinvite", () -> Map.of("ids", List.of(pending.id())), 200, 403, 404),
                row("PUT", users + "/" + pending.id() + "/scope", () -> Map.of("allClients", true), 204, 403, 404),
                row("PUT", users + "/" + pending.id(), () -> Map.of("type", "PROVIDER_ADMIN"), 204, 403, 404),
                row(
                        "POST",
                        users + "/" + accepted.id() + "/confirm",
                        () -> Map.of("key", Scenarios.WRAPPED_FOR_NOBODY),
                        204,
                        403,
                        404),
                row(
                        "POST",
                        users + "/confirm",
                        () -> Map.of("keys", List.of(Map.of("id", accepted.id(), "key", Scenarios.WRAPPED_FOR_NOBODY))),
                        200,
                        403,
                        404),
                row("POST", users + "/remove", () -> Map.of("ids", List.of(UUID.randomUUID())), 200, 403, 404),
                row("DELETE", users + "/" + removable.id(), null, 204, 403, 404),
                row(
                        "PUT",
                        provider + "/clients/" + client.id,
                        () -> Map.of("name", "Contoso", "seats", 10),
                        204,
                        204,
                        404),
                row(
                        "POST",
                        provider + "/clients/existing",
                        () -> Map.of("organizationId", ownedByAdmin.id, "key", Scenario.encrypted("organization key")),
                        204,
                        403,
                        404),
                row("DELETE", provider + "/clients/" + client.id, null, 204, 403, 404),
                row("PUT", provider + "/policies/SINGLE_ORG", () -> Map.of("enabled", true), 204, 403, 404),
                row("GET", provider + "/policies", null, 200, 200, 200),
                row("GET", provider + "/clients/addable", null, 200, 403, 404),
                row("GET", provider + "/client-groups", null, 200, 403, 404),
                row(
                        "POST",
                        provider + "/client-groups",
                        () -> Map.of("name", "Shops", "organizationIds", List.of()),
                        201,
                        403,
                        404),
                row(
                        "PUT",
                        provider + "/client-groups/" + clientGroup,
                        () -> Map.of("name", "Renamed", "organizationIds", List.of()),
                        204,
                        403,
                        404),
                row("DELETE", provider + "/client-groups/" + clientGroup, null, 204, 403, 404),
                // a provider with clients stays; the deletion itself is DeletionApiTest's
                new Row("DELETE", provider, () -> null, operatorOnly(422)),
                new Row("PUT", provider + "/plans/TEAMS", () -> Map.of("seatMinimum", 10), operatorOnly()),
                new Row("POST", provider + "/disable", () -> null, operatorOnly()),
                new Row("POST", provider + "/enable", () -> null, operatorOnly()),
                // set up already: its owner learns so, an operator is no user, everyone else meets no provider
                row("POST", provider + "/setup", () -> Map.of("key", Scenarios.WRAPPED_FOR_NOBODY), 409, 404, 403),
                new Row("POST", provider + "/owner", () -> Map.of("email", "owner@b.test"), operatorOnly(409)),
                row("GET", "/users/" + accepted.account().userId() + "/public-key", null, 200, 404, 404));
    }

    /** Outsiders and unconfirmed members always get 404, anonymous callers 401. */
    private static Row row(
            String method, String path, Supplier<Object> body, int admin, int serviceUser, int operator) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, 401);
        expected.put(Caller.STRANGER, 404);
        expected.put(Caller.ADMIN_OF_OTHER_PROVIDER, 404);
        expected.put(Caller.UNCONFIRMED_MEMBER, 404);
        expected.put(Caller.SERVICE_USER, serviceUser);
        // a technician sees what a Service User sees and changes nothing
        expected.put(Caller.TECHNICIAN, method.equals("GET") || serviceUser >= 400 ? serviceUser : 403);
        expected.put(Caller.PROVIDER_ADMIN, admin);
        expected.put(Caller.OPERATOR, operator);
        return new Row(method, path, body == null ? () -> null : body, expected);
    }

    private static Map<Caller, Integer> operatorOnly() {
        return operatorOnly(204);
    }

    private static Map<Caller, Integer> operatorOnly(int operator) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, 403);
        }
        expected.put(Caller.ANONYMOUS, 401);
        expected.put(Caller.OPERATOR, operator);
        return expected;
    }

    @Test
    void everyCallerGetsExactlyTheExpectedStatusOnEveryEndpoint() throws Exception {
        for (Row row : matrix()) {
            for (Caller caller : Caller.values()) {
                assertThat(call(row, tokens.get(caller)))
                        .as("%s %s as %s", row.method(), row.path(), caller)
                        .isEqualTo(row.expected().get(caller));
            }
        }
    }

    @Test
    void outsidersChangeNothing() throws Exception {
        String admin = tokens.get(Caller.PROVIDER_ADMIN);
        String before = api.body(api.get("/providers/" + b.id, admin)).toString();
        String membersBefore =
                api.body(api.get("/providers/" + b.id + "/users", admin)).toString();
        String clientsBefore =
                api.body(api.get("/providers/" + b.id + "/clients", admin)).toString();
        for (Caller outsider : List.of(Caller.ADMIN_OF_OTHER_PROVIDER, Caller.STRANGER, Caller.UNCONFIRMED_MEMBER)) {
            for (Row row : matrix()) {
                if (!row.method().equals("GET")) {
                    call(row, tokens.get(outsider));
                }
            }
        }
        assertThat(api.body(api.get("/providers/" + b.id, admin)).toString()).isEqualTo(before);
        assertThat(api.body(api.get("/providers/" + b.id + "/users", admin)).toString())
                .isEqualTo(membersBefore);
        assertThat(api.body(api.get("/providers/" + b.id + "/clients", admin)).toString())
                .isEqualTo(clientsBefore);
    }

    private int call(Row row, String token) throws Exception {
        Object body = row.body().get();
        return switch (row.method()) {
            case "GET" -> api.get(row.path(), token).andReturn().getResponse().getStatus();
            case "PUT" ->
                api.put(row.path(), token, body).andReturn().getResponse().getStatus();
            case "DELETE" ->
                api.delete(row.path(), token).andReturn().getResponse().getStatus();
            default ->
                api.post(row.path(), token, body).andReturn().getResponse().getStatus();
        };
    }
}
