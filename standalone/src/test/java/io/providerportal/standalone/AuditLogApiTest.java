package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The event logs of organizations, providers and members (E-01..E-07). */
@PortalTest
class AuditLogApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Scenario scenario;
    Provider provider;
    Organization client;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        scenario = new Scenario(api, jdbc);
        provider = scenario.provider("Acme");
        client = scenario.client(provider, "Contoso", 100);
    }

    private JsonNode events(String path, String token) throws Exception {
        return api.body(api.get(path, token).andExpect(status().isOk())).get("data");
    }

    private static List<Integer> types(JsonNode entries) {
        List<Integer> types = new ArrayList<>();
        entries.forEach(entry -> types.add(entry.get("type").asInt()));
        return types;
    }

    @Test
    void aProviderMembersActionInAClientShowsInBothLogsAndAnOwnersOnlyInTheOrganizations() throws Exception {
        api.post(
                        "/organizations/" + client.id + "/users/invite",
                        provider.adminToken,
                        Map.of("emails", List.of("by-provider@contoso.test"), "type", "USER"))
                .andExpect(status().isOk());
        api.post(
                        "/organizations/" + client.id + "/users/invite",
                        client.adminToken,
                        Map.of("emails", List.of("by-owner@contoso.test"), "type", "USER"))
                .andExpect(status().isOk());

        JsonNode organizationLog = events("/organizations/" + client.id + "/events", client.adminToken);
        JsonNode providerLog = events("/providers/" + provider.id + "/events", provider.adminToken);

        assertThat(types(organizationLog)).contains(1900, 1500, 1501, 1301);
        JsonNode newest = organizationLog.get(0);
        assertThat(newest.get("type").asInt()).isEqualTo(1500);
        assertThat(newest.get("name").asText()).isEqualTo("OrganizationUser_Invited");
        assertThat(newest.get("providerId").isNull())
                .as("the owner is no provider member")
                .isTrue();
        assertThat(newest.get("ipAddress").asText()).isNotBlank();
        JsonNode byProvider = organizationLog.get(1);
        assertThat(byProvider.get("type").asInt()).isEqualTo(1500);
        assertThat(byProvider.get("providerId").asText()).isEqualTo(provider.id.toString());
        assertThat(byProvider.get("organizationId").asText()).isEqualTo(client.id.toString());

        assertThat(types(providerLog)).contains(1900, 1500, 1501, 1301);
        List<String> targets = new ArrayList<>();
        providerLog.forEach(
                entry -> targets.add(entry.path("organizationUserId").asText()));
        assertThat(targets)
                .contains(byProvider.get("organizationUserId").asText())
                .doesNotContain(newest.get("organizationUserId").asText());
    }

    @Test
    void onlyThoseWithEventLogAccessReadTheLogs() throws Exception {
        Member serviceUser = provider.confirmed("Service", "SERVICE_USER");
        Member user = client.confirmed("User", "USER", List.of());
        Member auditor = client.confirmed("Auditor", "CUSTOM", List.of("ACCESS_EVENT_LOGS"));
        String stranger = api.login(api.register("Stranger"));

        api.get("/providers/" + provider.id + "/events", serviceUser.token()).andExpect(status().isForbidden());
        api.get("/providers/" + provider.id + "/events", stranger).andExpect(status().isNotFound());
        api.get("/organizations/" + client.id + "/events", serviceUser.token()).andExpect(status().isOk());
        api.get("/organizations/" + client.id + "/events", auditor.token()).andExpect(status().isOk());
        api.get("/organizations/" + client.id + "/events", user.token())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("organization.permission-required"));
        api.get("/organizations/" + client.id + "/events", stranger).andExpect(status().isNotFound());
    }

    @Test
    void aMembersLogHoldsWhatTheyDid() throws Exception {
        Member admin = client.confirmed("Admin", "ADMIN", List.of());
        api.post("/organizations/" + client.id + "/groups", admin.token(), Map.of("name", "Sales"))
                .andExpect(status().isCreated());

        JsonNode adminLog =
                events("/organizations/" + client.id + "/users/" + admin.id() + "/events", client.adminToken);
        assertThat(types(adminLog))
                .as("creating the group, and before it accepting the invitation")
                .containsExactly(1400, 9211);
        assertThat(adminLog.get(0).get("actingUserId").asText()).isNotBlank();
    }

    @Test
    void fiftyPerPageNewestFirstWithAContinuationToken() throws Exception {
        UUID group = api.createdId(
                api.post("/organizations/" + client.id + "/groups", client.adminToken, Map.of("name", "G")));
        for (int i = 0; i < 55; i++) {
            api.put("/organizations/" + client.id + "/groups/" + group, client.adminToken, Map.of("name", "G" + i));
        }
        String path = "/organizations/" + client.id + "/events";

        JsonNode first = api.body(api.get(path, client.adminToken));
        JsonNode second = api.body(api.get(
                path + "?continuationToken=" + first.get("continuationToken").asText(), client.adminToken));

        assertThat(first.get("data")).hasSize(50);
        assertThat(first.at("/data/0/type").asInt()).isEqualTo(1401);
        List<Instant> dates = new ArrayList<>();
        first.get("data").forEach(e -> dates.add(Instant.parse(e.get("date").asText())));
        second.get("data").forEach(e -> dates.add(Instant.parse(e.get("date").asText())));
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(second.get("data").size()).isGreaterThan(5);
        assertThat(new HashSet<>(ids(first)).stream().anyMatch(ids(second)::contains))
                .isFalse();
    }

    @Test
    void theRangeDefaultsSwapsAndIsBounded() throws Exception {
        String path = "/organizations/" + client.id + "/events";

        Instant now = Instant.now();
        assertThat(events(
                        path + "?start=" + now.plus(1, ChronoUnit.DAYS) + "&end=" + now.minus(1, ChronoUnit.DAYS),
                        client.adminToken))
                .isNotEmpty();
        assertThat(events(path + "?start=2020-01-01T00:00:00Z&end=2020-02-01T00:00:00Z", client.adminToken))
                .isEmpty();
        api.get(path + "?start=2020-01-01T00:00:00Z&end=2021-06-01T00:00:00Z", client.adminToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("event-range-too-large"));
        api.get(path + "?start=yesterday", client.adminToken).andExpect(status().isBadRequest());
    }

    @Test
    void theSameLogExportsAsCsv() throws Exception {
        String csv = mvc.perform(get("/organizations/" + client.id + "/events")
                        .header("Authorization", "Bearer " + client.adminToken)
                        .header("Accept", "text/csv")
                        .header(PortalHeaders.MIN_POSITION, api.lastPosition()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode json = events("/organizations/" + client.id + "/events", client.adminToken);

        String[] lines = csv.split("\n");
        assertThat(lines[0]).startsWith("type,name,date,actingUserId");
        assertThat(lines).hasSize(json.size() + 1);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertThat(cells).hasSize(16);
            assertThat(cells[0]).isEqualTo(json.get(i - 1).get("type").asText());
            assertThat(cells[7]).isEqualTo(client.id.toString());
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data")
                .forEach(e -> ids.add(e.get("date").asText()
                        + e.get("type").asText()
                        + e.path("groupId").asText()
                        + e.path("organizationUserId").asText()));
        return ids;
    }

    @Test
    void anItemHasItsOwnLogForThoseWhoReadTheOrganizationsLog() throws Exception {
        Member user = client.confirmed("Reader", "USER", List.of());
        UUID item = api.createdId(api.post(
                        "/items",
                        client.adminToken,
                        Items.inOrganization(
                                Items.login(ClientCrypto.SymmetricKey.random(), "site", "me", "pw"),
                                client.id,
                                client.defaultCollectionId))
                .andExpect(status().isCreated()));
        api.put("/items/" + item + "/trash", client.adminToken, null).andExpect(status().isNoContent());

        JsonNode log = events("/items/" + item + "/events", client.adminToken);
        assertThat(types(log)).containsExactly(1115, 1100);
        assertThat(log.get(0).get("itemId").asText()).isEqualTo(item.toString());
        assertThat(events("/items/" + item + "/events", provider.adminToken)).hasSize(2);
        api.get("/items/" + item + "/events", user.token()).andExpect(status().isForbidden());
        api.get("/items/" + item + "/events", api.login(api.register("Stranger")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("item.not-found"));

        String owner = api.login(api.register("Owner"));
        UUID personal = api.createdId(
                api.post("/items", owner, Items.login(ClientCrypto.SymmetricKey.random(), "mine", "me", "pw"))
                        .andExpect(status().isCreated()));
        assertThat(types(events("/items/" + personal + "/events", owner))).containsExactly(1100);
        api.get("/items/" + personal + "/events", client.adminToken).andExpect(status().isNotFound());
    }

    @Test
    void aProviderMemberOpeningAClientsVaultIsLogged() throws Exception {
        api.get("/organizations/" + client.id + "/items", client.adminToken).andExpect(status().isOk());
        api.get("/organizations/" + client.id + "/items", provider.adminToken).andExpect(status().isOk());

        // recorded while answering a read, so no write position to wait for
        List<JsonNode> opened = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            List<JsonNode> found = new ArrayList<>();
                            events("/providers/" + provider.id + "/events", provider.adminToken)
                                    .forEach(entry -> {
                                        if (entry.get("type").asInt() == 1903) {
                                            found.add(entry);
                                        }
                                    });
                            return found;
                        },
                        found -> !found.isEmpty());
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).get("name").asText()).isEqualTo("ProviderOrganization_VaultAccessed");
        assertThat(opened.get(0).get("organizationId").asText()).isEqualTo(client.id.toString());
        assertThat(opened.get(0).get("actingUserId").asText()).isEqualTo(userId(provider.adminToken));
        assertThat(types(events("/organizations/" + client.id + "/events", client.adminToken)))
                .contains(1903);
    }

    private String userId(String token) throws Exception {
        return api.body(api.get("/vault", token).andExpect(status().isOk()))
                .at("/profile/id")
                .asText();
    }
}
