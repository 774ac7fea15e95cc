package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log is written once per batch of events: a rebuild, whose batches hold a hundred events, writes exactly
 * the rows the live run wrote one request at a time, provider stamps and positions included, and ends with the
 * table's indexes as they were.
 */
@PortalTest
class AuditLogRebuildTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRebuildWritesTheSameEntriesAsTheLiveRun() throws Exception {
        // given: actions in a client by its owner, by a provider admin, and by a member who joined the provider later
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Provider provider = scenario.provider("Acme");
        Organization client = scenario.client(provider, "Contoso", 100);
        invite(api, client, provider.adminToken, "by-admin@contoso.test");
        invite(api, client, client.adminToken, "by-owner@contoso.test");
        Scenario.Member service = provider.confirmed("Service", "SERVICE_USER");
        invite(api, client, service.token(), "by-service@contoso.test");
        long written = api.lastPosition();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> scenario.projection("audit-log").get("position").asLong() >= written);
        String live = entries(provider, client);
        assertThat(live).contains(provider.id.toString());
        List<String> indexes = indexes();

        // when
        api.post("/admin/projections/audit-log/rebuild", scenario.operator(), null).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(120))
                .until(() -> scenario.projection("audit-log").at("/rebuild/state").asText().equals("DONE"));

        // then
        assertThat(entries(provider, client)).isEqualTo(live);
        assertThat(indexes()).as("built after the replay, as they were").isEqualTo(indexes).hasSizeGreaterThan(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry a join domain_event_entry d on d.event_identifier = a.event_id
                where a.position <> d.global_index and (a.organization_id = ? or a.provider_id = ?)
                """).params(client.id, provider.id).query(Long.class).single()).isZero();
    }

    private static void invite(PortalTestClient api, Organization client, String token, String email)
            throws Exception {
        api.post("/organizations/" + client.id + "/users/invite", token,
                Map.of("emails", List.of(email), "type", "USER")).andExpect(status().isOk());
    }

    private List<String> indexes() {
        return jdbc.sql("select indexdef from pg_indexes where schemaname = 'public' and tablename = 'audit_entry' "
                + "order by indexname").query(String.class).list();
    }

    /** Every column of the entries of the client and of the provider, in a fixed order. */
    private String entries(Provider provider, Organization client) {
        return String.join("\n", jdbc.sql("""
                select a::text from audit_entry a where a.organization_id = ? or a.provider_id = ?
                order by a.position, a.event_id
                """).params(client.id, provider.id).query(String.class).list());
    }
}
