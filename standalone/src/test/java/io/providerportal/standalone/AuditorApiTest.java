package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What auditors read: the complete history as NDJSON, and an organization as it was at any instant. */
@PortalTest
class AuditorApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Scenario scenario;
    String auditor;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        scenario = new Scenario(api, jdbc);
        auditor = scenario.auditor();
    }

    private List<JsonNode> history(String query) throws Exception {
        return scenario.history(query, auditor);
    }

    private static List<String> types(List<JsonNode> lines) {
        return lines.stream().map(line -> line.get("type").asText()).toList();
    }

    @Test
    void onlyAuditorsReadTheAuditorsPaths() throws Exception {
        Organization org = scenario.own("Audited", 5);
        for (String path : List.of("/audit/history?organizationId=" + org.id, "/audit/organizations/" + org.id)) {
            api.get(path, null).andExpect(status().isUnauthorized());
            api.get(path, org.adminToken).andExpect(status().isForbidden());
            api.get(path, scenario.operator()).andExpect(status().isForbidden());
            api.get(path, auditor).andExpect(status().isOk());
        }
    }

    @Test
    void theHistoryStreamsEveryEventOfAnOrganizationInOrderAndResumes() throws Exception {
        Organization org = scenario.own("Streamed", 5);
        Member bob = org.confirmed("Bob", "USER", List.of());

        List<JsonNode> lines = history("?organizationId=" + org.id);
        assertThat(types(lines))
                .startsWith("OrganizationCreated", "OrganizationOwnerAdded", "CollectionCreated")
                .contains("OrganizationUserInvited", "OrganizationUserAccepted", "OrganizationUserConfirmed");
        assertThat(lines).extracting(line -> line.get("position").asLong()).isSorted();
        JsonNode first = lines.get(0);
        assertThat(first.get("revision").asText()).isEqualTo("1");
        assertThat(first.get("aggregateId").asText()).isEqualTo(org.id.toString());
        assertThat(first.get("sequence").asLong()).isZero();
        assertThat(first.at("/payload/name").asText()).isEqualTo("Streamed");
        assertThat(first.at("/metadata/actorType").asText()).isEqualTo("USER");
        assertThat(first.at("/metadata/correlationId").asText()).isNotBlank();
        assertThat(Instant.parse(first.get("timestamp").asText())).isBeforeOrEqualTo(Instant.now());

        long second = lines.get(1).get("position").asLong();
        assertThat(history("?organizationId=" + org.id + "&after=" + second)).isEqualTo(lines.subList(2, lines.size()));
        assertThat(types(history("?organizationId=" + org.id + "&type=OrganizationUserConfirmed")))
                .containsExactly("OrganizationUserConfirmed");
        assertThat(history("?organizationId=" + org.id + "&to="
                        + first.get("timestamp").asText()))
                .isEmpty();
        assertThat(bob.id()).isNotNull();
    }

    @Test
    void aProvidersHistoryHoldsItsClientsEvents() throws Exception {
        Provider provider = scenario.provider("Historic");
        Organization client = scenario.client(provider, "Client", 10);

        List<JsonNode> lines = history("?providerId=" + provider.id);
        assertThat(types(lines))
                .startsWith("ProviderCreated")
                .contains("ClientOrganizationCreated", "OrganizationUserInvited", "CollectionMemberAccessSet");
        assertThat(lines)
                .allMatch(line -> line.at("/payload/providerId").asText().equals(provider.id.toString())
                        || line.at("/payload/organizationId").asText().equals(client.id.toString()));
    }

    @Test
    void anOrganizationReadsAsItWasAtAnyInstant() throws Exception {
        Instant before = Instant.now();
        Organization org = scenario.own("Timeline", 5);
        Member bob = org.confirmed("Bob", "USER", List.of());
        Instant asUser = Instant.now();
        String members = "/organizations/" + org.id + "/users/" + bob.id();
        UUID group = api.createdId(api.post(
                        "/organizations/" + org.id + "/groups",
                        org.adminToken,
                        Map.of("name", "Admins", "members", List.of(bob.id())))
                .andExpect(status().isCreated()));
        api.put(members, org.adminToken, Map.of("type", "ADMIN", "groups", List.of(group)))
                .andExpect(status().isNoContent());
        Instant asAdmin = Instant.now();
        api.put(members + "/revoke", org.adminToken, null).andExpect(status().isNoContent());

        String path = "/audit/organizations/" + org.id + "?at=";
        api.get(path + before, auditor).andExpect(status().isNotFound());
        api.get(path + asUser, auditor)
                .andExpect(jsonPath("$.name").value("Timeline"))
                .andExpect(jsonPath("$.members[?(@.id == '" + bob.id() + "')].type")
                        .value("USER"))
                .andExpect(jsonPath("$.members[?(@.id == '" + bob.id() + "')].status")
                        .value("CONFIRMED"))
                .andExpect(jsonPath("$.members[?(@.id == '" + bob.id() + "')].collections[0].readOnly")
                        .value(true))
                .andExpect(jsonPath("$.groups").isEmpty());
        api.get(path + asAdmin, auditor)
                .andExpect(jsonPath("$.members[?(@.id == '" + bob.id() + "')].type")
                        .value("ADMIN"))
                .andExpect(jsonPath("$.members[?(@.id == '" + bob.id() + "')].groups[0]")
                        .value(group.toString()))
                .andExpect(jsonPath("$.groups[0].name").value("Admins"));
        api.get("/audit/organizations/" + org.id, auditor)
                .andExpect(jsonPath("$.members[?(@.id == '" + bob.id() + "')].status")
                        .value("REVOKED"));
        api.get("/audit/organizations/" + UUID.randomUUID(), auditor).andExpect(status().isNotFound());
    }
}
