package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A provider's default policies, end to end: existing and new clients, their own policies, leaving. */
@PortalTest
class ProviderPoliciesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Scenario scenario;
    Provider provider;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        scenario = new Scenario(api, jdbc);
        provider = scenario.provider("Acme");
    }

    @Test
    void aProviderDefaultReachesEveryClientNowAndLaterAndNoClientUndercutsIt() throws Exception {
        Organization existing = scenario.client(provider, "Existing", 5);
        Member bob = existing.confirmed("Bob", "USER", List.of());
        Member service = provider.confirmed("Service", "SERVICE_USER");

        setDefault("MASTER_PASSWORD", Map.of("enabled", true, "data", Map.of("minLength", 14)))
                .andExpect(status().isNoContent());
        api.put("/providers/" + provider.id + "/policies/MASTER_PASSWORD", service.token(), Map.of("enabled", false))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("provider.admin-required"));
        api.put(
                        "/providers/" + provider.id + "/policies/MASTER_PASSWORD",
                        existing.adminToken,
                        Map.of("enabled", false))
                .andExpect(status().isNotFound());
        api.get("/providers/" + provider.id + "/policies", service.token())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].type").value("MASTER_PASSWORD"))
                .andExpect(jsonPath("$.data[0].data.minLength").value(14));

        // the existing client records it shortly after; a client created later has it from the start
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(policy(existing, "MASTER_PASSWORD")
                                .get("source")
                                .asText())
                        .isEqualTo("PROVIDER"));
        assertThat(policy(existing, "MASTER_PASSWORD").at("/data/minLength").asInt())
                .isEqualTo(14);
        Organization later = scenario.client(provider, "Later", 5);
        assertThat(policy(later, "MASTER_PASSWORD").get("enabled").asBoolean()).isTrue();
        assertThat(policy(later, "MASTER_PASSWORD").get("source").asText()).isEqualTo("PROVIDER");

        String own = "/organizations/" + existing.id + "/policies/MASTER_PASSWORD";
        api.put(own, existing.adminToken, Map.of("enabled", true, "data", Map.of("minLength", 12)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("policy.weaker-than-provider"))
                .andExpect(jsonPath("$.errors[0].field").value("data.minLength"));
        api.put(own, existing.adminToken, Map.of("enabled", false))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("enabled"));
        api.put(
                        own,
                        existing.adminToken,
                        Map.of("enabled", true, "data", Map.of("minLength", 16, "requireUpper", true)))
                .andExpect(status().isNoContent());
        JsonNode combined = policy(existing, "MASTER_PASSWORD");
        assertThat(combined.get("source").asText()).isEqualTo("COMBINED");
        assertThat(combined.at("/data/minLength").asInt()).isEqualTo(16);
        assertThat(combined.at("/provider/data/minLength").asInt()).isEqualTo(14);

        // members get the policy in force in their vault
        JsonNode vault = api.body(api.get("/vault", bob.token()).andExpect(status().isOk()));
        assertThat(vault.get("policies")).anySatisfy(p -> {
            assertThat(p.get("type").asText()).isEqualTo("MASTER_PASSWORD");
            assertThat(p.at("/data/minLength").asInt()).isEqualTo(16);
            assertThat(p.at("/data/requireUpper").asBoolean()).isTrue();
        });
    }

    @Test
    void aProviderWideSingleOrganizationPolicyBindsClientMembersAndStaysWithAClientThatLeaves() throws Exception {
        Organization client = scenario.client(provider, "Contoso", 5);
        Member bob = client.confirmed("Bob", "USER", List.of());
        setDefault("SINGLE_ORG", Map.of("enabled", true)).andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                policy(client, "SINGLE_ORG").get("enabled").asBoolean())
                        .isTrue());

        Organization elsewhere = scenario.own("Elsewhere", 5);
        Member bobElsewhere = elsewhere.invite(bob.account(), "USER", List.of());
        api.post(
                        "/organizations/" + elsewhere.id + "/users/" + bobElsewhere.id() + "/accept",
                        bob.token(),
                        Map.of("token", scenario.invitationToken(bob.account().email(), bobElsewhere.id())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("policy.single-organization-elsewhere"));

        api.delete("/providers/" + provider.id + "/clients/" + client.id, provider.adminToken)
                .andExpect(status().isNoContent());
        JsonNode kept = policy(client, "SINGLE_ORG");
        assertThat(kept.get("enabled").asBoolean()).isTrue();
        assertThat(kept.get("source").asText()).isEqualTo("OWN");
        assertThat(kept.get("provider").isNull()).isTrue();
    }

    private ResultActions setDefault(String type, Map<String, Object> body) throws Exception {
        return api.put("/providers/" + provider.id + "/policies/" + type, provider.adminToken, body);
    }

    private JsonNode policy(Organization org, String type) throws Exception {
        return api.body(api.get("/organizations/" + org.id + "/policies/" + type, org.adminToken)
                .andExpect(status().isOk()));
    }
}
