package io.providerportal.query.integrity;

import io.providerportal.query.integrity.StoredEvents.StoredEvent;
import java.util.Iterator;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What someone with write access to the database could do to the log and its chain. The database is shared by
 * every test, so whoever tampers puts everything back (the original bytes, then {@link #rechainFrom}) in a
 * {@code finally}.
 */
@Component
class Tampering {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final StoredEvents events;

    Tampering(JdbcClient jdbc, TransactionTemplate transaction, StoredEvents events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    long chainHead() {
        return jdbc.sql("select coalesce(max(position), 0) from audit_chain")
                .query(Long.class)
                .single();
    }

    long positionOf(UUID aggregateId, long sequenceNumber) {
        return jdbc.sql("""
                select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?
                """)
                .params(aggregateId.toString(), sequenceNumber)
                .query(Long.class)
                .single();
    }

    byte[] link(long position) {
        return jdbc.sql("select link from audit_chain where position = ?")
                .param(position)
                .query(byte[].class)
                .single();
    }

    byte[] payload(long position) {
        return jdbc.sql("select payload from domain_event_entry where global_index = ?")
                .param(position)
                .query(byte[].class)
                .single();
    }

    void setPayload(long position, byte[] payload) {
        jdbc.sql("update domain_event_entry set payload = ? where global_index = ?")
                .params(payload, position)
                .update();
    }

    /**
     * Recomputes every link from a position on from the events as they are stored now: after an edit, what an
     * attacker does to hide it; after putting the original bytes back, what restores the true chain. The table lock
     * keeps the projection from extending the chain meanwhile.
     */
    void rechainFrom(long position) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("lock table audit_chain in exclusive mode").update();
            byte[] link = jdbc.sql("select link from audit_chain where position < ? order by position desc limit 1")
                    .param(position)
                    .query(byte[].class)
                    .optional()
                    .orElse(HashChain.GENESIS);
            try (Stream<StoredEvent> stored = events.between(position - 1, chainHead())) {
                for (Iterator<StoredEvent> rows = stored.iterator(); rows.hasNext(); ) {
                    StoredEvent event = rows.next();
                    link = HashChain.next(link, event.canonical());
                    jdbc.sql("update audit_chain set link = ? where position = ?")
                            .params(link, event.position())
                            .update();
                }
            }
        });
    }
}
