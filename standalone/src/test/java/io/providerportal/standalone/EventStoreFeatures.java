package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The features that read the event log itself — positions for read-your-writes, lag, rebuild progress, the
 * auditor's history, point-in-time state, the hash chain and its verification — asked for as clients ask for them.
 * One subclass runs them on the database's event table, one on an event store that is only reachable through
 * Axon's API, as Axon Server is: the same answers on both.
 */
abstract class EventStoreFeatures {

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

    @Test
    void aWriteAnswersAPositionThatItsReadWaitsFor() throws Exception {
        Provider provider = scenario.provider("Positioned");
        long written = api.lastPosition();

        assertThat(written).isNotNegative();
        mvc.perform(MockMvcRequestBuilders.get("/providers/" + provider.id + "/clients")
                        .header("Authorization", "Bearer " + provider.adminToken)
                        .header(PortalHeaders.MIN_POSITION, written))
                .andExpect(status().isOk())
                .andExpect(header().string("Portal-Position-Reached", "true"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (JsonNode projection :
                    api.body(api.get("/admin/projections", scenario.operator())).get("data")) {
                assertThat(projection.get("position").asLong())
                        .as("%s's position", projection.get("name").asText())
                        .isGreaterThanOrEqualTo(written);
                assertThat(projection.get("lag").asLong())
                        .as("%s's lag", projection.get("name").asText())
                        .isZero();
            }
        });
    }

    @Test
    void theHistoryHoldsEveryEventOnceInOrderAndResumesAfterAPosition() throws Exception {
        Provider provider = scenario.provider("Chronicled");
        Organization client = scenario.client(provider, "ChronicledClient", 5);
        long written = api.lastPosition();

        List<JsonNode> all = history("");
        List<Long> positions =
                all.stream().map(line -> line.get("position").asLong()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(positions.get(positions.size() - 1)).isGreaterThanOrEqualTo(written);
        assertThat(all)
                .anyMatch(line -> line.get("type").asText().equals("ClientOrganizationCreated")
                        && line.at("/payload/organizationId").asText().equals(client.id.toString()));

        long middle = positions.get(positions.size() / 2);
        assertThat(history("?after=" + middle))
                .extracting(line -> line.get("position").asLong())
                .containsExactlyElementsOf(positions.subList(positions.size() / 2 + 1, positions.size()));
    }

    @Test
    void aResumedProviderHistoryStillFollowsTheClientsLinkedBeforeIt() throws Exception {
        Provider provider = scenario.provider("Followed");
        Organization client = scenario.client(provider, "FollowedClient", 5);
        long linked = history("?providerId=" + provider.id).stream()
                .filter(line -> line.get("type").asText().equals("ClientOrganizationCreated"))
                .findFirst()
                .orElseThrow()
                .get("position")
                .asLong();
        client.confirmed("LaterMember", "USER", List.of());

        List<JsonNode> resumed = history("?providerId=" + provider.id + "&after=" + linked);
        assertThat(resumed).isNotEmpty().allMatch(line -> line.get("position").asLong() > linked);
        assertThat(resumed)
                .filteredOn(line -> line.at("/payload/organizationId").asText().equals(client.id.toString()))
                .extracting(line -> line.get("type").asText())
                .contains("OrganizationUserInvited", "OrganizationUserConfirmed");
    }

    @Test
    void anOrganizationReadsAsItWasAtAnInstant() throws Exception {
        Instant before = Instant.now();
        Organization org = scenario.own("Then", 5);
        Member bob = org.confirmed("Bob", "USER", List.of());
        Instant confirmed = Instant.now();
        api.put("/organizations/" + org.id + "/users/" + bob.id() + "/revoke", org.adminToken, null)
                .andExpect(status().isNoContent());

        String path = "/audit/organizations/" + org.id + "?at=";
        api.get(path + before, auditor).andExpect(status().isNotFound());
        api.get(path + confirmed, auditor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Then"))
                .andExpect(jsonPath("$.members[?(@.id == '" + bob.id() + "')].status")
                        .value("CONFIRMED"));
        api.get("/audit/organizations/" + org.id, auditor)
                .andExpect(jsonPath("$.members[?(@.id == '" + bob.id() + "')].status")
                        .value("REVOKED"));
    }

    @Test
    void theChainLinksEveryEventAndVerifiesAgainstAKeptHead() throws Exception {
        scenario.own("Chained", 5);
        long written = api.lastPosition();

        JsonNode kept = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.body(api.get("/audit/head", auditor)),
                        head -> head.get("position").asLong() >= written);
        JsonNode verified = api.body(api.get("/audit/verify", auditor));
        assertThat(verified.get("verified").asBoolean()).isTrue();
        assertThat(verified.get("checkedUpTo").asLong())
                .isGreaterThanOrEqualTo(kept.get("position").asLong());
        assertThat(history(""))
                .hasSizeGreaterThan(0)
                .allMatch(line -> line.get("position").asLong() >= 0);

        scenario.own("ChainedLater", 5);
        long later = api.lastPosition();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.body(api.get("/audit/head", auditor))
                                .get("position")
                                .asLong()
                        >= later);
        String keptHead = "?position=" + kept.get("position").asLong() + "&hash="
                + kept.get("hash").asText();
        assertThat(api.body(api.get("/audit/verify" + keptHead, auditor))
                        .get("verified")
                        .asBoolean())
                .isTrue();
        String forged = "?position=" + kept.get("position").asLong() + "&hash=" + "0".repeat(64);
        JsonNode refused = api.body(api.get("/audit/verify" + forged, auditor));
        assertThat(refused.get("verified").asBoolean()).isFalse();
        assertThat(refused.get("reason").asText()).isEqualTo("head-mismatch");
    }

    @Test
    void aRebuildReplaysTheLogUpToItsHead() throws Exception {
        Provider provider = scenario.provider("Rebuilt");
        scenario.client(provider, "RebuiltClient", 5);

        JsonNode started = api.body(api.post("/admin/projections/dashboard/rebuild", scenario.operator(), null)
                .andExpect(status().isAccepted()));
        long total = started.at("/rebuild/total").asLong();
        assertThat(total).isPositive();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> scenario.projection("dashboard")
                                .at("/rebuild/state")
                                .asText(),
                        "DONE"::equals);
        assertThat(api.body(api.get("/providers/" + provider.id + "/clients", provider.adminToken))
                        .get("data"))
                .extracting(client -> client.get("name").asText())
                .containsExactly("RebuiltClient");
    }

    private List<JsonNode> history(String query) throws Exception {
        return scenario.history(query, auditor);
    }
}
