package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.PortalTestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An event a projection cannot handle is parked in the dead-letter queue and the projection goes on; after a fix,
 * the documented retry projects it. The poison is real: a trigger makes PostgreSQL refuse the dashboard row of one
 * client, which also aborts the projection's transaction, the hard case for parking.
 */
@PortalTest
class ParkedEventsApiTest {

    private static final Duration PARKING = Duration.ofSeconds(60);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removePoison() {
        jdbc.sql("drop trigger if exists planted_poison on dashboard_client").update();
        jdbc.sql("drop trigger if exists planted_poison on audit_entry").update();
        jdbc.sql("drop trigger if exists planted_poison on org_member_view").update();
        jdbc.sql("drop function if exists planted_poison()").update();
    }

    @Test
    void aClientTheDashboardCannotStoreIsParkedAndProjectedAfterTheFix() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Provider provider = scenario.provider("Acme");
        jdbc.sql("""
                create function planted_poison() returns trigger language plpgsql as $$
                begin
                    if new.name like 'Poison%' then raise exception 'planted poison'; end if;
                    return new;
                end $$""").update();
        jdbc.sql("""
                create trigger planted_poison before insert or update on dashboard_client
                for each row execute function planted_poison()""").update();

        UUID poisoned = scenario.client(provider, "PoisonLtd", 10).id;
        await().atMost(PARKING).until(() -> parked(api, scenario).contains(poisoned.toString()));
        assertThat(deadLetters(api, scenario).toString()).contains("ClientOrganizationCreated", "planted poison");

        scenario.client(provider, "HealthyLtd", 5);
        assertThat(provider.clientNames()).contains("HealthyLtd").doesNotContain("PoisonLtd");
        api.get("/organizations/" + poisoned, provider.adminToken).andExpect(status().isOk());

        removePoison();
        JsonNode retried =
                api.body(api.post("/admin/projections/dashboard/dead-letters/retry", scenario.operator(), null)
                        .andExpect(status().isOk()));

        assertThat(retried.get("retried").asLong()).isPositive();
        assertThat(parked(api, scenario)).doesNotContain(poisoned.toString());
        assertThat(provider.clientNames()).contains("HealthyLtd", "PoisonLtd");
        JsonNode dashboard = scenario.projection("dashboard");
        assertThat(dashboard.get("running").asBoolean()).isTrue();
    }

    /** The audit log writes a batch's entries together: one it cannot store is still parked alone. */
    @Test
    void anEntryTheAuditLogCannotStoreIsParkedAloneAndWrittenAfterTheFix() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Provider provider = scenario.provider("Acme");
        Scenario.Organization poisoned = scenario.client(provider, "Fabrikam", 10);
        Scenario.Organization healthy = scenario.client(provider, "Northwind", 10);
        long poisonedBefore = invitedTo(api, poisoned);
        long healthyBefore = invitedTo(api, healthy);
        jdbc.sql("""
                create function planted_poison() returns trigger language plpgsql as $$
                begin
                    if new.name = 'OrganizationUser_Invited' and new.organization_id = '%s'
                    then raise exception 'planted poison'; end if;
                    return new;
                end $$""".formatted(poisoned.id)).update();
        jdbc.sql("""
                create trigger planted_poison before insert on audit_entry
                for each row execute function planted_poison()""").update();

        invite(api, poisoned, "refused@fabrikam.test");
        invite(api, healthy, "kept@northwind.test");
        await().atMost(PARKING).until(() -> parked(api, scenario, "audit-log").contains(poisoned.id.toString()));

        assertThat(invitedTo(api, healthy)).isEqualTo(healthyBefore + 1);
        assertThat(invitedTo(api, poisoned)).isEqualTo(poisonedBefore);
        removePoison();
        api.post("/admin/projections/audit-log/dead-letters/retry", scenario.operator(), null)
                .andExpect(status().isOk());
        assertThat(invitedTo(api, poisoned)).isEqualTo(poisonedBefore + 1);
        assertThat(parked(api, scenario, "audit-log")).doesNotContain(poisoned.id.toString());
    }

    /** The organizations read model sends a batch's statements together: one it cannot store is still parked alone. */
    @Test
    void aMemberTheOrganizationsReadModelCannotStoreIsParkedAloneAndStoredAfterTheFix() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Provider provider = scenario.provider("Acme");
        Scenario.Organization poisoned = scenario.client(provider, "Fabrikam", 10);
        Scenario.Organization healthy = scenario.client(provider, "Northwind", 10);
        jdbc.sql("""
                create function planted_poison() returns trigger language plpgsql as $$
                begin
                    if new.email = 'refused@fabrikam.test' then raise exception 'planted poison'; end if;
                    return new;
                end $$""").update();
        jdbc.sql("""
                create trigger planted_poison before insert or update on org_member_view
                for each row execute function planted_poison()""").update();

        invite(api, poisoned, "refused@fabrikam.test");
        invite(api, healthy, "kept@northwind.test");
        await().atMost(PARKING)
                .until(() -> parked(api, scenario, "organizations").contains(poisoned.id.toString()));

        assertThat(members(api, healthy)).contains("kept@northwind.test");
        assertThat(members(api, poisoned)).doesNotContain("refused@fabrikam.test");
        removePoison();
        api.post("/admin/projections/organizations/dead-letters/retry", scenario.operator(), null)
                .andExpect(status().isOk());
        assertThat(members(api, poisoned)).contains("refused@fabrikam.test");
        assertThat(parked(api, scenario, "organizations")).doesNotContain(poisoned.id.toString());
    }

    private static String members(PortalTestClient api, Scenario.Organization organization) throws Exception {
        return api.body(api.get("/organizations/" + organization.id + "/users", organization.adminToken)
                        .andExpect(status().isOk()))
                .toString();
    }

    private static void invite(PortalTestClient api, Scenario.Organization organization, String email)
            throws Exception {
        api.post(
                        "/organizations/" + organization.id + "/users/invite",
                        organization.adminToken,
                        Map.of("emails", List.of(email), "type", "USER"))
                .andExpect(status().isOk());
    }

    private static long invitedTo(PortalTestClient api, Scenario.Organization organization) throws Exception {
        JsonNode log = api.body(api.get("/organizations/" + organization.id + "/events", organization.adminToken)
                        .andExpect(status().isOk()))
                .get("data");
        return StreamSupport.stream(log.spliterator(), false)
                .filter(entry -> entry.get("name").asText().equals("OrganizationUser_Invited"))
                .count();
    }

    @Test
    void onlyOperatorsSeeAndRetryParkedEvents() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        String stranger = api.login(api.register("Stranger"));
        api.get("/admin/projections/dashboard/dead-letters", stranger).andExpect(status().isForbidden());
        api.post("/admin/projections/dashboard/dead-letters/retry", stranger, null)
                .andExpect(status().isForbidden());
        api.get("/admin/projections/nothing/dead-letters", api.operatorToken()).andExpect(status().isNotFound());
    }

    private List<String> parked(PortalTestClient api, Scenario scenario) throws Exception {
        return parked(api, scenario, "dashboard");
    }

    private List<String> parked(PortalTestClient api, Scenario scenario, String projection) throws Exception {
        List<String> aggregates = new ArrayList<>();
        deadLetters(api, scenario, projection)
                .forEach(letter -> aggregates.add(letter.get("aggregateId").asText()));
        return aggregates;
    }

    private JsonNode deadLetters(PortalTestClient api, Scenario scenario) throws Exception {
        return deadLetters(api, scenario, "dashboard");
    }

    private JsonNode deadLetters(PortalTestClient api, Scenario scenario, String projection) throws Exception {
        return api.body(api.get("/admin/projections/" + projection + "/dead-letters", scenario.operator())
                        .andExpect(status().isOk()))
                .get("data");
    }
}
