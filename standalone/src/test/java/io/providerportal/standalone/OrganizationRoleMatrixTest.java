package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.test.Scenarios;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organization role matrix: each endpoint of a client organization, called by every kind of caller, answers
 * exactly the expected status. Targets that a call consumes (revoked, removed, confirmed) are made afresh for
 * each call, so every caller meets the same state. Later features add their rows here.
 */
@PortalTest
class OrganizationRoleMatrixTest {

    /** CUSTOM_WITHOUT_MANAGE_USERS holds MANAGE_GROUPS instead; neither Custom member holds MANAGE_POLICIES. */
    enum Caller {
        ANONYMOUS,
        STRANGER,
        OPERATOR,
        MEMBER_OF_OTHER_ORGANIZATION,
        USER,
        CUSTOM_WITHOUT_MANAGE_USERS,
        CUSTOM_WITH_MANAGE_USERS,
        ADMIN,
        OWNER,
        SERVICE_USER,
        TECHNICIAN,
        SERVICE_USER_SCOPED_HERE,
        SERVICE_USER_SCOPED_ELSEWHERE,
        PROVIDER_ADMIN
    }

    /** The member a call acts on, made for that call, or {@code null} for calls on the organization itself. */
    interface Target {
        UUID make() throws Exception;
    }

    record Row(String method, String path, Target target, Object body, Map<Caller, Integer> expected) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Scenario scenario;
    Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    Organization client;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        scenario = new Scenario(api, jdbc);
        Provider provider = scenario.provider("Acme");
        client = scenario.client(provider, "Contoso", 1000);
        Organization other = scenario.own("Other", 5);
        tokens.put(Caller.STRANGER, api.login(api.register("Stranger")));
        tokens.put(Caller.OPERATOR, scenario.operator());
        tokens.put(Caller.MEMBER_OF_OTHER_ORGANIZATION, other.adminToken);
        tokens.put(Caller.USER, client.confirmed("User", "USER", List.of()).token());
        tokens.put(
                Caller.CUSTOM_WITHOUT_MANAGE_USERS,
                client.confirmed("Grouper", "CUSTOM", List.of("MANAGE_GROUPS")).token());
        tokens.put(
                Caller.CUSTOM_WITH_MANAGE_USERS,
                client.confirmed("Manager", "CUSTOM", List.of("MANAGE_USERS")).token());
        tokens.put(Caller.ADMIN, client.confirmed("Admin", "ADMIN", List.of()).token());
        tokens.put(Caller.OWNER, client.adminToken);
        tokens.put(
                Caller.SERVICE_USER,
                provider.confirmed("Service", "SERVICE_USER").token());
        tokens.put(
                Caller.TECHNICIAN,
                provider.confirmed("Technician", "TECHNICIAN").token());
        Organization elsewhere = scenario.client(provider, "Elsewhere", 5);
        tokens.put(Caller.SERVICE_USER_SCOPED_HERE, scoped(provider, "Here", client.id));
        tokens.put(Caller.SERVICE_USER_SCOPED_ELSEWHERE, scoped(provider, "Away", elsewhere.id));
        tokens.put(Caller.PROVIDER_ADMIN, provider.adminToken);
    }

    private List<Row> matrix() throws Exception {
        String org = "/organizations/" + client.id;
        String users = org + "/users/";
        UUID pending = client.invite("Pending", "USER", List.of()).id();
        Target invited = () -> client.invite("Target", "USER", List.of()).id();
        Target accepted = () -> {
            Member member = client.invite("Target", "USER", List.of());
            api.post(
                            users + member.id() + "/accept",
                            member.token(),
                            Map.of(
                                    "token",
                                    scenario.invitationToken(member.account().email())))
                    .andExpect(status().isNoContent());
            return member.id();
        };
        Target group = () -> api.createdId(api.post(org + "/groups", client.adminToken, Map.of("name", "G"))
                .andExpect(status().isCreated()));
        Target revoked = () -> {
            UUID id = invited.make();
            api.put(users + id + "/revoke", client.adminToken, null).andExpect(status().isNoContent());
            return id;
        };
        Target collection = () ->
                api.createdId(api.post(org + "/collections", client.adminToken, Map.of("name", Scenario.encrypted("C")))
                        .andExpect(status().isCreated()));
        // in the default collection, which every invited member reads (read-only) and the Owner manages
        Target item = () -> api.createdId(api.post(
                        "/items",
                        client.adminToken,
                        Items.inOrganization(
                                Items.login(ClientCrypto.SymmetricKey.random(), "site", "user", "pass"),
                                client.id,
                                client.defaultCollectionId))
                .andExpect(status().isCreated()));
        return List.of(
                new Row("GET", org, null, null, expect(200, 200)),
                new Row("GET", org + "/collections", null, null, expect(200, 200)),
                new Row("GET", org + "/collection-management", null, null, expect(200, 200)),
                new Row(
                        "POST",
                        org + "/collections",
                        null,
                        Map.of("name", Scenario.encrypted("New")),
                        expect(201, 201)),
                new Row(
                        "PUT",
                        org + "/collections/{target}",
                        collection,
                        Map.of("name", Scenario.encrypted("R")),
                        collectionAdmins(204)),
                new Row("PUT", org + "/collections/{target}/access", collection, Map.of(), collectionAdmins(204)),
                new Row("POST", org + "/collections/bulk-access", collection, "bulk access", collectionAdmins(204)),
                new Row("DELETE", org + "/collections/{target}", collection, null, collectionAdmins(204)),
                new Row(
                        "PUT",
                        org + "/collection-management",
                        null,
                        Map.of("limitCollectionCreation", false, "allowAdminAccessToAllCollectionItems", true),
                        owners(204)),
                new Row("GET", org + "/items", null, null, collectionAdmins(200)),
                new Row("GET", "/items/{target}", item, null, itemReaders(200, 200)),
                new Row("PUT", "/items/{target}/trash", item, null, itemReaders(204, 403)),
                new Row("GET", org + "/users", null, null, expect(200, 403)),
                new Row("POST", users + "public-keys", null, Map.of("ids", List.of(pending)), expect(200, 403)),
                new Row("POST", users + "invite", null, null, expect(200, 403)),
                new Row("POST", users + pending + "/reinvite", null, null, expect(204, 403)),
                new Row("PUT", users + pending, null, Map.of("type", "USER"), expect(204, 403)),
                new Row("POST", users + "{target}/confirm", accepted, "confirm", expect(204, 403)),
                new Row("PUT", users + "{target}/revoke", invited, null, expect(204, 403)),
                new Row("PUT", users + "{target}/restore", revoked, null, expect(204, 403)),
                new Row("DELETE", users + "{target}", invited, null, expect(204, 403)),
                new Row("PUT", users + "revoke", invited, "target ids", expect(200, 403)),
                new Row("PUT", users + "restore", revoked, "target ids", expect(200, 403)),
                new Row("POST", users + "remove", invited, "target ids", expect(200, 403)),
                new Row("DELETE", org + "/users", invited, "target ids", expect(200, 403)),
                new Row("GET", org + "/groups", null, null, groupManagers(200)),
                new Row("POST", org + "/groups", null, Map.of("name", "Sales"), groupManagers(201)),
                new Row("PUT", org + "/groups/{target}", group, Map.of("name", "Renamed"), groupManagers(204)),
                new Row("DELETE", org + "/groups/{target}", group, null, groupManagers(204)),
                new Row("GET", org + "/policies", null, null, policyManagers(200)),
                new Row("GET", org + "/policies/SINGLE_ORG", null, null, policyManagers(200)),
                new Row("PUT", org + "/policies/SINGLE_ORG", null, Map.of("enabled", true), policyManagers(204)));
    }

    /** Collections (C-05, C-06) and the admin vault: Owner, Admin and provider members; no Custom flag here. */
    private static Map<Caller, Integer> collectionAdmins(int status) {
        Map<Caller, Integer> expected = expect(status, 403);
        expected.put(Caller.CUSTOM_WITH_MANAGE_USERS, 403);
        return expected;
    }

    /** The collection management settings: Owners and provider members only. */
    private static Map<Caller, Integer> owners(int status) {
        Map<Caller, Integer> expected = collectionAdmins(status);
        expected.put(Caller.ADMIN, 403);
        return expected;
    }

    /**
     * An item in the default collection: the Owner (Manage) and every member (read-only) reach it, so readers get
     * {@code readers} and the Owner and Admin {@code editors}; provider members are no members and see no items
     * (C-08), nor does an ops client.
     */
    private static Map<Caller, Integer> itemReaders(int editors, int readers) {
        Map<Caller, Integer> expected = expect(editors, readers);
        expected.put(Caller.CUSTOM_WITH_MANAGE_USERS, readers);
        expected.put(Caller.SERVICE_USER, 404);
        expected.put(Caller.PROVIDER_ADMIN, 404);
        return expected;
    }

    /** Groups: Owner, Admin, provider members and Custom members with MANAGE_GROUPS. */
    private static Map<Caller, Integer> groupManagers(int status) {
        Map<Caller, Integer> expected = expect(status, 403);
        expected.put(Caller.CUSTOM_WITH_MANAGE_USERS, 403);
        expected.put(Caller.CUSTOM_WITHOUT_MANAGE_USERS, status);
        return expected;
    }

    /** Policies: Owner, Admin and provider members; neither Custom member holds MANAGE_POLICIES. */
    private static Map<Caller, Integer> policyManagers(int status) {
        Map<Caller, Integer> expected = expect(status, 403);
        expected.put(Caller.CUSTOM_WITH_MANAGE_USERS, 403);
        return expected;
    }

    /** Managers (Owner, Admin, Custom with the flag, provider members) get {@code managers}, other members
     * {@code others}; outsiders 404 and anonymous callers 401. */
    private static Map<Caller, Integer> expect(int managers, int others) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, 401);
        for (Caller outsider : List.of(Caller.STRANGER, Caller.OPERATOR, Caller.MEMBER_OF_OTHER_ORGANIZATION)) {
            expected.put(outsider, 404);
        }
        for (Caller member : List.of(Caller.USER, Caller.CUSTOM_WITHOUT_MANAGE_USERS)) {
            expected.put(member, others);
        }
        for (Caller manager : List.of(
                Caller.CUSTOM_WITH_MANAGE_USERS,
                Caller.ADMIN,
                Caller.OWNER,
                Caller.SERVICE_USER,
                Caller.PROVIDER_ADMIN)) {
            expected.put(manager, managers);
        }
        return expected;
    }

    @Test
    void everyCallerGetsExactlyTheExpectedStatusOnEveryEndpoint() throws Exception {
        for (Row row : matrix()) {
            for (Caller caller : Caller.values()) {
                assertThat(call(row, tokens.get(caller)))
                        .as("%s %s as %s", row.method(), row.path(), caller)
                        .isEqualTo(expected(row, caller));
            }
        }
    }

    /**
     * A Service User limited to this client is a Service User here; one limited to another client is an outsider
     * (R-03).
     */
    private static int expected(Row row, Caller caller) {
        return switch (caller) {
            case TECHNICIAN -> technician(row);
            case SERVICE_USER_SCOPED_HERE -> row.expected().get(Caller.SERVICE_USER);
            case SERVICE_USER_SCOPED_ELSEWHERE -> 404;
            default -> row.expected().get(caller);
        };
    }

    private String scoped(Provider provider, String name, UUID organizationId) throws Exception {
        Member member = provider.confirmed(name, "SERVICE_USER");
        api.put(
                        "/providers/" + provider.id + "/users/" + member.id() + "/scope",
                        provider.adminToken,
                        Map.of("allClients", false, "organizationIds", List.of(organizationId)))
                .andExpect(status().isNoContent());
        return member.token();
    }

    /**
     * A technician of the provider reads what a Provider Admin reads (the bulk public-key lookup is a read too) and
     * is refused every change the admin may make.
     */
    private static int technician(Row row) {
        int admin = row.expected().get(Caller.PROVIDER_ADMIN);
        boolean read = row.method().equals("GET") || row.path().endsWith("public-keys");
        return read || admin >= 400 ? admin : 403;
    }

    private int call(Row row, String token) throws Exception {
        UUID target = row.target() == null ? null : row.target().make();
        String path = target == null ? row.path() : row.path().replace("{target}", target.toString());
        Object body = row.body();
        if ("bulk access".equals(body)) {
            body = Map.of("collectionIds", List.of(target));
        } else if ("target ids".equals(body)) {
            body = Map.of("ids", List.of(target));
        } else if ("confirm".equals(body)) {
            body = Map.of("key", Scenarios.WRAPPED_FOR_NOBODY);
        } else if (row.path().endsWith("/invite")) {
            body = Map.of("emails", List.of("new-" + UUID.randomUUID() + "@example.test"), "type", "USER");
        }
        return switch (row.method()) {
            case "GET" -> api.get(path, token).andReturn().getResponse().getStatus();
            case "PUT" -> api.put(path, token, body).andReturn().getResponse().getStatus();
            case "DELETE" ->
                api.delete(path, token, body).andReturn().getResponse().getStatus();
            default -> api.post(path, token, body).andReturn().getResponse().getStatus();
        };
    }
}
