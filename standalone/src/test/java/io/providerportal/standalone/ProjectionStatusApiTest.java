package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.PortalTestClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ProjectionStatusApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void operatorsSeeEveryProjectionCaughtUpWithItsPosition() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        scenario.provider("Acme");
        long written = api.lastPosition();

        JsonNode projections = api.body(api.get("/admin/projections", scenario.operator()).andExpect(status().isOk()))
                .get("data");

        List<String> names = new ArrayList<>();
        projections.forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("dashboard", "provider-members", "organizations", "audit-log");
        projections.forEach(p -> {
            assertThat(p.get("running").asBoolean()).as(p.get("name").asText()).isTrue();
            assertThat(p.get("position").asLong()).as(p.get("name").asText()).isGreaterThanOrEqualTo(written);
            assertThat(p.get("deadLetters").asLong()).isZero();
        });
        api.get("/admin/projections", api.login(api.register("Stranger"))).andExpect(status().isForbidden());
    }

    @Test
    void aRebuiltProjectionEqualsTheLiveOne() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Provider provider = scenario.provider("Acme");
        scenario.client(provider, "Contoso", 10).confirmed("Bob", "USER", java.util.List.of());
        api.get("/providers/" + provider.id + "/clients", provider.adminToken).andExpect(status().isOk());
        String live = dashboard(provider.id);
        long head = jdbc.sql("select max(global_index) from domain_event_entry").query(Long.class).single();

        api.post("/admin/projections/dashboard/rebuild", scenario.operator(), null).andExpect(status().isAccepted());

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            JsonNode all = api.body(api.get("/admin/projections", scenario.operator())).get("data");
            for (JsonNode projection : all) {
                if (projection.get("name").asText().equals("dashboard")) {
                    return projection.get("position").asLong() >= head;
                }
            }
            return false;
        });
        assertThat(dashboard(provider.id)).isEqualTo(live).contains("Contoso");
        api.post("/admin/projections/invitations/rebuild", scenario.operator(), null)
                .andExpect(status().isUnprocessableEntity());
        api.post("/admin/projections/nothing/rebuild", scenario.operator(), null).andExpect(status().isNotFound());
    }

    /**
     * Every dashboard row of the provider, in a fixed order. (Only this provider's: older rows of a long-lived test
     * database were written by earlier versions of the projection, which a rebuild rightly brings up to date.)
     */
    private String dashboard(java.util.UUID providerId) {
        return String.join("\n", jdbc.sql("""
                select 'p' || p::text from dashboard_provider p where p.provider_id = :provider
                union all select 'c' || c::text from dashboard_client c where c.provider_id = :provider
                union all select 'm' || m::text from dashboard_org_member m
                    where m.organization_id in (select organization_id from dashboard_client where provider_id = :provider)
                union all select 's' || s::text from dashboard_provider_plan s where s.provider_id = :provider
                order by 1
                """).param("provider", providerId).query(String.class).list());
    }
}
