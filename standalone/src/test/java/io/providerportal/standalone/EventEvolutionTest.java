package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Organization;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A store written before {@code CollectionCreated} had revision 2 still reads: a revision-1 event, stored as an
 * earlier version wrote it, sources the aggregate, feeds the projections and shows in the auditor's history, each
 * time upcast to revision 2.
 */
@PortalTest
class EventEvolutionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cache aggregateCache;

    @Test
    void aRevision1EventInTheStoreReadsEverywhereAsRevision2() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Organization org = scenario.own("Legacy", 5);
        UUID collection = UUID.randomUUID();
        String name = Scenario.encrypted("Legacy collection");
        long position = storeRevision1CollectionCreated(org.id, collection, name);
        // stored by an earlier release, so read by a portal started since: none has the organization in memory
        aggregateCache.remove(org.id.toString());

        // a projection replays it (read once it has caught up with the stored event)
        JsonNode collections =
                api.body(mvc.perform(MockMvcRequestBuilders.get("/organizations/" + org.id + "/collections")
                                .header("Authorization", "Bearer " + org.adminToken)
                                .header(PortalHeaders.MIN_POSITION, position))
                        .andExpect(status().isOk()));
        JsonNode legacy = null;
        for (JsonNode candidate : collections.get("data")) {
            if (candidate.get("id").asText().equals(collection.toString())) {
                legacy = candidate;
            }
        }
        assertThat(legacy).isNotNull();
        assertThat(legacy.get("name").asText()).isEqualTo(name);
        assertThat(legacy.get("externalId").isNull()).isTrue();

        // the aggregate sources it: the collection exists for a command
        String renamed = Scenario.encrypted("Renamed");
        api.put("/organizations/" + org.id + "/collections/" + collection, org.adminToken, Map.of("name", renamed))
                .andExpect(status().isNoContent());
        api.get("/organizations/" + org.id + "/collections", org.adminToken)
                .andExpect(
                        jsonPath("$.data[?(@.id == '" + collection + "')].name").value(renamed));

        // the auditor's history hands it out as revision 2
        String auditor = auditorToken(api, scenario);
        String history = api.get(
                        "/audit/history?organizationId=" + org.id + "&type=CollectionCreated&after=" + (position - 1),
                        auditor)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode line = new ObjectMapper().readTree(history.split("\n")[0]);
        assertThat(line.get("position").asLong()).isEqualTo(position);
        assertThat(line.get("revision").asText()).isEqualTo("2");
        assertThat(line.at("/payload").has("externalId")).isTrue();
        assertThat(line.at("/payload/externalId").isNull()).isTrue();
    }

    /** Appends the event to the organization's stream exactly as revision 1 was stored; answers its position. */
    private long storeRevision1CollectionCreated(UUID organizationId, UUID collectionId, String name) {
        long sequence = jdbc.sql("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?")
                        .param(organizationId.toString())
                        .query(Long.class)
                        .single()
                + 1;
        String payload = "{\"organizationId\":\"" + organizationId + "\",\"collectionId\":\"" + collectionId
                + "\",\"name\":\"" + name + "\"}";
        return jdbc.sql("""
                insert into domain_event_entry (global_index, event_identifier, time_stamp, payload_type,
                                                payload_revision, payload, meta_data, type, aggregate_identifier,
                                                sequence_number)
                values (nextval('domain_event_entry_seq'), ?, ?, 'io.providerportal.events.organization.CollectionCreated',
                        '1', ?, ?, 'Organization', ?, ?)
                returning global_index
                """)
                .params(
                        UUID.randomUUID().toString(), Instant.now().toString(),
                        payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
                        organizationId.toString(), sequence)
                .query(Long.class)
                .single();
    }

    private static String auditorToken(PortalTestClient api, Scenario scenario) throws Exception {
        var account = api.register("Auditor");
        String token = api.login(account);
        String userId = api.body(api.get("/vault", token)).at("/profile/id").asText();
        api.put("/admin/auditors/" + userId, scenario.operator(), null).andExpect(status().isNoContent());
        return api.login(account);
    }
}
