package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.PortalTestClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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

    @Autowired
    DataSource dataSource;

    @Test
    void operatorsSeeEveryProjectionCaughtUpWithItsPosition() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        scenario.provider("Acme");
        long written = api.lastPosition();

        JsonNode projections = api.body(
                        api.get("/admin/projections", scenario.operator()).andExpect(status().isOk()))
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

    /**
     * The rebuild is held before its first event by a token row this test keeps locked in an open transaction, so
     * what happens while it runs is seen for certain: reads are served from the live tables, complete, and a new
     * write is read back at once. Released, the rebuild catches up and its tables take the live ones' place.
     */
    @Test
    void aRebuildFillsFreshTablesWhileTheLiveOnesServeAndThenTakesTheirPlace() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Provider provider = scenario.provider("Acme");
        scenario.client(provider, "Contoso", 10).confirmed("Bob", "USER", List.of());
        api.get("/providers/" + provider.id + "/clients", provider.adminToken).andExpect(status().isOk());
        String live = dashboard(provider.id);

        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (PreparedStatement lock = hold.prepareStatement("""
                    insert into token_entry (processor_name, segment, timestamp, owner)
                    values ('dashboard~rebuild', 0, now()::text, 'held by the test')""")) {
                lock.executeUpdate();
            }
            JsonNode started = api.body(api.post("/admin/projections/dashboard/rebuild", scenario.operator(), null)
                    .andExpect(status().isAccepted()));
            assertThat(started.at("/rebuild/state").asText()).isEqualTo("RUNNING");
            assertThat(started.at("/rebuild/total").asLong()).isPositive();
            api.post("/admin/projections/dashboard/rebuild", scenario.operator(), null)
                    .andExpect(status().isConflict());

            assertThat(jdbc.sql("select count(*) from rebuild_dashboard.dashboard_client")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(dashboard(provider.id)).isEqualTo(live);
            scenario.client(provider, "Fabrikam", 5);
            assertThat(api.get("/providers/" + provider.id + "/clients", provider.adminToken)
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getHeader("Portal-Position-Reached"))
                    .isEqualTo("true");
            assertThat(provider.clientNames()).containsExactlyInAnyOrder("Contoso", "Fabrikam");
            hold.rollback();
        }
        String withFabrikam = dashboard(provider.id);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> rebuildState(scenario).equals("DONE"));
        JsonNode rebuild = scenario.projection("dashboard").get("rebuild");
        assertThat(rebuild.get("done").asLong()).isGreaterThanOrEqualTo(api.lastPosition());
        assertThat(rebuild.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(dashboard(provider.id)).isEqualTo(withFabrikam).contains("Contoso", "Fabrikam");
        assertThat(jdbc.sql("select count(*) from pg_namespace where nspname = 'rebuild_dashboard'")
                        .query(Long.class)
                        .single())
                .isZero();

        scenario.client(provider, "AfterTheSwap", 5);
        assertThat(provider.clientNames()).contains("AfterTheSwap");
    }

    @Test
    void sideEffectsAndUnknownProjectionsAreNotRebuilt() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        String operator = api.operatorToken();
        api.post("/admin/projections/invitations/rebuild", operator, null).andExpect(status().isUnprocessableEntity());
        api.post("/admin/projections/nothing/rebuild", operator, null).andExpect(status().isNotFound());
        api.post("/admin/projections/dashboard/rebuild", api.login(api.register("Stranger")), null)
                .andExpect(status().isForbidden());
    }

    private static String rebuildState(Scenario scenario) throws Exception {
        return scenario.projection("dashboard").at("/rebuild/state").asText();
    }

    /**
     * Every dashboard row of the provider, in a fixed order. (Only this provider's: older rows of a long-lived test
     * database were written by earlier versions of the projection, which a rebuild rightly brings up to date.)
     */
    private String dashboard(java.util.UUID providerId) {
        return String.join(
                "\n",
                jdbc.sql("""
                select 'p' || p::text from dashboard_provider p where p.provider_id = :provider
                union all select 'c' || c::text from dashboard_client c where c.provider_id = :provider
                union all select 'm' || m::text from dashboard_org_member m
                    where m.organization_id in (select organization_id from dashboard_client where provider_id = :provider)
                union all select 's' || s::text from dashboard_provider_plan s where s.provider_id = :provider
                order by 1
                """).param("provider", providerId).query(String.class).list());
    }
}
