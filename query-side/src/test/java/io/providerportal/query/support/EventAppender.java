package io.providerportal.query.support;

import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends events to the real event store, as the command side would, and tells the position reached. */
@Component
public class EventAppender {

    private final EventStore store;
    private final JdbcClient jdbc;

    EventAppender(EventStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** Appends the events as the next events of one aggregate; answers the position of the last one. */
    public long append(UUID aggregateId, Object... events) {
        long next = store.lastSequenceNumberFor(aggregateId.toString())
                .map(n -> n + 1)
                .orElse(0L);
        for (Object event : events) {
            store.publish(new GenericDomainEventMessage<>("Test", aggregateId.toString(), next++, event));
        }
        return jdbc.sql("select max(global_index) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId.toString())
                .query(Long.class)
                .single();
    }
}
