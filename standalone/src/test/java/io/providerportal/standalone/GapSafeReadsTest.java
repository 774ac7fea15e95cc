package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.platform.test.PortalTestClient;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A tracking token with gaps reads exactly what Axon's own query would: the gaps' events first, then the rest. */
@PortalTest
class GapSafeReadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStorageEngine storage;

    @Test
    void aTokenWithGapsReadsTheGapsThenEverythingAfterItsIndex() throws Exception {
        assertThat(storage.getClass().getSimpleName()).isEqualTo("GapSafeJpaEventStorageEngine");
        Scenario scenario = new Scenario(new PortalTestClient(mvc), jdbc);
        scenario.own("Gaps", 5);
        scenario.own("MoreGaps", 5);
        List<Long> newest = jdbc.sql("""
                select global_index from (select global_index from domain_event_entry order by global_index desc
                                          limit 6) newest
                order by global_index
                """).query(Long.class).list();
        long gap = newest.get(0);
        long index = newest.get(2);
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(index, new TreeSet<>(List.of(gap)));

        List<String> expected =
                jdbc.sql("""
                select event_identifier from domain_event_entry where global_index > ? or global_index = ?
                order by global_index
                """).params(index, gap).query(String.class).list();
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
            assertThat(events.map(TrackedEventMessage::getIdentifier).toList())
                    .isEqualTo(expected)
                    .hasSize(4);
        }
    }
}
