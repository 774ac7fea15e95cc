package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.test.Scenarios;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Organization members end to end: commands, the member list, and the dashboard's seat counts staying exact. */
@PortalTest
class OrganizationMembersApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Scenario scenario;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        scenario = new Scenario(api, jdbc);
    }

    @Test
    void aUserCreatesAnOrganizationInvitesAMemberWhoAcceptsAndIsConfirmed() throws Exception {
        Organization org = scenario.own("Contoso", 5);

        Member bob = org.confirmed("Bob", "USER", List.of());

        JsonNode members = api.body(api.get("/organizations/" + org.id + "/users", org.adminToken)
                        .andExpect(status().isOk()))
                .get("data");
        assertThat(members).hasSize(2);
        JsonNode bobRow = find(members, bob.id());
        assertThat(bobRow.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(bobRow.get("type").asText()).isEqualTo("USER");
        assertThat(bobRow.get("name").asText()).isEqualTo("Bob");
        assertThat(bobRow.at("/collections/0/id").asText()).isEqualTo(org.defaultCollectionId.toString());
        assertThat(bobRow.at("/collections/0/readOnly").asBoolean()).isTrue();
        api.get("/organizations/" + org.id, bob.token())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occupiedSeats").value(2));
        api.get("/organizations/" + org.id + "/users", bob.token())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("organization.permission-required"));
    }

    @Test
    void theDashboardCountsStayExactThroughRevokeRestoreAndRemove() throws Exception {
        Provider provider = scenario.provider("Acme");
        Organization client = scenario.client(provider, "Contoso", 3);
        Member bob = client.confirmed("Bob", "USER", List.of());
        client.invite("Carol", "USER", List.of());
        assertThat(row(provider)).containsEntry("occupiedSeats", 3).containsEntry("confirmedUsers", 2);

        api.put("/organizations/" + client.id + "/users/" + bob.id() + "/revoke", client.adminToken, null)
                .andExpect(status().isNoContent());
        assertThat(row(provider)).containsEntry("occupiedSeats", 2).containsEntry("confirmedUsers", 1);

        api.put("/organizations/" + client.id + "/users/" + bob.id() + "/restore", client.adminToken, null)
                .andExpect(status().isNoContent());
        assertThat(row(provider)).containsEntry("occupiedSeats", 3).containsEntry("confirmedUsers", 2);

        api.delete("/organizations/" + client.id + "/users/" + bob.id(), client.adminToken)
                .andExpect(status().isNoContent());
        assertThat(row(provider)).containsEntry("occupiedSeats", 2).containsEntry("confirmedUsers", 1);
    }

    @Test
    void bulkRevokeRestoreAndRemoveAnswerEachMemberOnItsOwn() throws Exception {
        Provider provider = scenario.provider("Acme");
        Organization client = scenario.client(provider, "Contoso", 4);
        Member bob = client.confirmed("Bob", "USER", List.of());
        Member carol = client.invite("Carol", "USER", List.of());
        UUID ownerId = find(
                api.body(api.get("/organizations/" + client.id + "/users", client.adminToken))
                        .get("data"),
                "OWNER");
        UUID nobody = UUID.randomUUID();
        String users = "/organizations/" + client.id + "/users";

        JsonNode revoked = api.body(api.put(
                        users + "/revoke",
                        client.adminToken,
                        Map.of("ids", List.of(bob.id(), carol.id(), ownerId, nobody)))
                .andExpect(status().isOk()));
        assertThat(errors(revoked))
                .containsExactly(
                        entry(bob.id(), "ok"),
                        entry(carol.id(), "ok"),
                        entry(ownerId, "organization-user.not-yourself"),
                        entry(nobody, "organization-user.not-found"));
        assertThat(row(provider)).containsEntry("occupiedSeats", 1).containsEntry("confirmedUsers", 1);

        JsonNode restored =
                api.body(api.put(users + "/restore", client.adminToken, Map.of("ids", List.of(bob.id(), ownerId)))
                        .andExpect(status().isOk()));
        assertThat(errors(restored))
                .containsExactly(entry(bob.id(), "ok"), entry(ownerId, "organization-user.not-revoked"));
        assertThat(row(provider)).containsEntry("occupiedSeats", 2).containsEntry("confirmedUsers", 2);

        api.post(users + "/remove", client.adminToken, Map.of("ids", List.of(carol.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].error").isEmpty());
        api.delete(users, provider.adminToken, Map.of("ids", List.of(bob.id(), ownerId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].error").isEmpty())
                .andExpect(jsonPath("$[1].error").value("organization.last-owner"));
        JsonNode left = api.body(api.get(users, client.adminToken)).get("data");
        assertThat(left).extracting(m -> m.get("id").asText()).containsExactly(ownerId.toString());

        api.put(users + "/revoke", bob.token(), Map.of("ids", List.of(ownerId))).andExpect(status().isNotFound());
        api.put(users + "/revoke", client.adminToken, Map.of("ids", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ids"));
    }

    private static Map<UUID, String> errors(JsonNode results) {
        Map<UUID, String> errors = new LinkedHashMap<>();
        results.forEach(r -> errors.put(
                UUID.fromString(r.get("id").asText()),
                r.get("error").isNull() ? "ok" : r.get("error").asText()));
        return errors;
    }

    @Test
    void aFullClientOrganizationSendsItsAdminsToTheProvider() throws Exception {
        Provider provider = scenario.provider("Acme");
        Organization client = scenario.client(provider, "Contoso", 1);

        api.post(
                        "/organizations/" + client.id + "/users/invite",
                        client.adminToken,
                        Map.of("emails", List.of("new@contoso.test"), "type", "USER"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("organization.seat-limit"))
                .andExpect(jsonPath("$.detail")
                        .value("Seat limit has been reached. Please contact your provider to add more seats."));
    }

    @Test
    void evenTheProviderCannotTakeAClientsLastConfirmedOwner() throws Exception {
        Provider provider = scenario.provider("Acme");
        Organization client = scenario.client(provider, "Contoso", 5);
        UUID ownerId = find(
                api.body(api.get("/organizations/" + client.id + "/users", provider.adminToken))
                        .get("data"),
                "OWNER");

        api.delete("/organizations/" + client.id + "/users/" + ownerId, provider.adminToken)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("organization.last-owner"));
        api.put("/organizations/" + client.id + "/users/" + ownerId + "/revoke", provider.adminToken, null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("organization.last-owner"));
    }

    @Test
    void anInvitationIsAcceptedByItsRecipientOnly() throws Exception {
        Organization org = scenario.own("Contoso", 5);
        Member bob = org.invite("Bob", "USER", List.of());
        String mallory = api.login(api.register("Mallory"));
        String token = scenario.invitationToken(bob.account().email());

        api.post("/organizations/" + org.id + "/users/" + bob.id() + "/accept", mallory, Map.of("token", token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("invitation.wrong-user"));
        api.post(
                        "/organizations/" + org.id + "/users/" + bob.id() + "/accept",
                        bob.token(),
                        Map.of("token", "not-a-token"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("invitation.invalid"));
    }

    /**
     * Administrators racing on one member: exactly one confirm and one revoke win, and each is recorded once. In one
     * JVM Axon runs commands on one organization one after another, so a loser meets the winner's result (422);
     * across command-side instances the event store's unique sequence refuses the later append (409).
     */
    @Test
    void administratorsRacingOnOneMemberHaveOneWinnerPerChange() throws Exception {
        Organization org = scenario.own("Contoso", 5);
        Member bob = org.invite("Bob", "USER", List.of());
        String path = "/organizations/" + org.id + "/users/" + bob.id();
        api.post(
                        path + "/accept",
                        bob.token(),
                        Map.of("token", scenario.invitationToken(bob.account().email())))
                .andExpect(status().isNoContent());
        String publicKey = api.body(api.postRead(
                        "/organizations/" + org.id + "/users/public-keys",
                        org.adminToken,
                        Map.of("ids", List.of(bob.id()))))
                .at("/data/0/key")
                .asText();
        Map<String, String> confirm = Map.of(
                "key",
                ClientCrypto.wrap(publicKey, org.admin.organizationKey(org.id).toBytes()));

        assertThat(race(4, () -> api.post(path + "/confirm", org.adminToken, confirm)))
                .containsOnlyOnce(204)
                .isSubsetOf(204, 409, 422);
        assertThat(race(4, () -> api.put(path + "/revoke", org.adminToken, null)))
                .containsOnlyOnce(204)
                .isSubsetOf(204, 409, 422);

        assertThat(recorded(org.id, "OrganizationUserConfirmed", bob.id())).isEqualTo(1);
        assertThat(recorded(org.id, "OrganizationUserRevoked", bob.id())).isEqualTo(1);
        JsonNode row = find(
                api.body(api.get("/organizations/" + org.id + "/users", org.adminToken))
                        .get("data"),
                bob.id());
        assertThat(row.get("status").asText()).isEqualTo("REVOKED");
    }

    /** Sends the same request from n threads at once; answers the statuses, each refusal checked for problem+json. */
    private static List<Integer> race(int n, Callable<ResultActions> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    MockHttpServletResponse response =
                            request.call().andReturn().getResponse();
                    if (response.getStatus() >= 400) {
                        assertThat(response.getContentType()).startsWith("application/problem+json");
                    }
                    return response.getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private long recorded(UUID organizationId, String event, UUID memberId) {
        return jdbc.sql("""
                select count(*) from domain_event_entry
                where aggregate_identifier = ? and payload_type like ? and convert_from(payload, 'UTF8') like ?
                """)
                .params(organizationId.toString(), "%." + event, "%" + memberId + "%")
                .query(Long.class)
                .single();
    }

    private Map<String, Integer> row(Provider provider) throws Exception {
        JsonNode row = api.body(api.get("/providers/" + provider.id + "/clients", provider.adminToken))
                .at("/data/0");
        return Map.of(
                "occupiedSeats",
                row.get("occupiedSeats").asInt(),
                "confirmedUsers",
                row.get("confirmedUsers").asInt());
    }

    private static JsonNode find(JsonNode members, UUID id) {
        for (JsonNode member : members) {
            if (member.get("id").asText().equals(id.toString())) {
                return member;
            }
        }
        throw new AssertionError("no member " + id + " in " + members);
    }

    private static UUID find(JsonNode members, String type) {
        for (JsonNode member : members) {
            if (member.get("type").asText().equals(type)) {
                return UUID.fromString(member.get("id").asText());
            }
        }
        throw new AssertionError("no " + type + " in " + members);
    }

    @Test
    void aDisabledProvidersClientsTakeNoCommandsUntilItIsEnabledAgain() throws Exception {
        Provider provider = scenario.provider("Acme");
        Organization client = scenario.client(provider, "Contoso", 5);
        Map<String, Object> invite =
                Map.of("emails", List.of("x-" + UUID.randomUUID() + "@contoso.test"), "type", "USER");

        api.post("/providers/" + provider.id + "/disable", scenario.operator(), null)
                .andExpect(status().isNoContent());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> api.post("/organizations/" + client.id + "/users/invite", client.adminToken, invite)
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 422);
        api.post("/organizations/" + client.id + "/users/invite", client.adminToken, invite)
                .andExpect(jsonPath("$.code").value("organization.disabled"));
        api.post(
                        "/providers/" + provider.id + "/users/invite",
                        provider.adminToken,
                        Map.of("emails", List.of("y@acme.test"), "type", "SERVICE_USER"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider.disabled"));

        api.post("/providers/" + provider.id + "/enable", scenario.operator(), null)
                .andExpect(status().isNoContent());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> api.post("/organizations/" + client.id + "/users/invite", client.adminToken, invite)
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
    }

    @Test
    void onlyUserAccountsOwnOrganizations() throws Exception {
        api.post(
                        "/organizations",
                        scenario.operator(),
                        Map.of(
                                "name",
                                "Ops",
                                "billingEmail",
                                "ops@example.test",
                                "plan",
                                "TEAMS",
                                "seats",
                                5,
                                "key",
                                Scenarios.WRAPPED_FOR_NOBODY,
                                "collectionName",
                                Scenario.encrypted("Default collection")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("user-required"));
    }
}
