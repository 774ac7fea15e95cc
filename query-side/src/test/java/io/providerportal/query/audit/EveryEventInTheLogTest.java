package io.providerportal.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import io.providerportal.platform.events.EventSamples;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every event type, appended to the store, shows in the event log with its code and its tenancy: the organization
 * of an organization event, the provider of a provider event.
 */
@SpringBootTest
@AutoConfigureMockMvc // unused here: it keeps the one application context, and so one set of processors, per JVM
@ActiveProfiles("test")
@Import(TestTokens.class)
class EveryEventInTheLogTest {

    @Autowired
    EventAppender events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEventTypeIsLoggedWithItsCodeAndTenancy() throws Exception {
        Map<UUID, UUID> freshIds = new HashMap<>();
        Map<Long, Object> appended = new LinkedHashMap<>();
        for (Object sample : EventSamples.all()) {
            Object event = withFreshIds(sample, freshIds);
            appended.put(events.append(UUID.randomUUID(), event), event);
        }
        long last = appended.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from audit_entry where position = ?")
                                .param(last)
                                .query(Integer.class)
                                .single()
                        == 1);

        appended.forEach((position, event) -> {
            Map<String, Object> entry = jdbc.sql("""
                    select code, organization_id, provider_id from audit_entry where position = ?
                    """).param(position).query().singleRow();
            String name = event.getClass().getSimpleName();
            assertThat(entry.get("code"))
                    .as("code of %s", name)
                    .isEqualTo(AuditCodes.of(event.getClass()).orElseThrow().code());
            if (event instanceof OrganizationEvent e) {
                assertThat(entry.get("organization_id"))
                        .as("organization of %s", name)
                        .isEqualTo(e.organizationId());
            }
            if (event instanceof ProviderEvent e) {
                assertThat(entry.get("provider_id")).as("provider of %s", name).isEqualTo(e.providerId());
            }
        });
    }

    /** The sample with each of its ids replaced by a new one (the same new one each time), so no run meets another. */
    private static Object withFreshIds(Object sample, Map<UUID, UUID> freshIds) throws Exception {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = components[i].getAccessor().invoke(sample);
            values[i] = value instanceof UUID id ? freshIds.computeIfAbsent(id, any -> UUID.randomUUID()) : value;
            types[i] = components[i].getType();
        }
        return sample.getClass().getDeclaredConstructor(types).newInstance(values);
    }
}
