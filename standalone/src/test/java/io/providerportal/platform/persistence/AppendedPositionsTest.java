package io.providerportal.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.platform.axon.AppendedPositions;
import io.providerportal.platform.axon.EventLog;
import io.providerportal.standalone.PortalTest;
import io.providerportal.standalone.StandaloneApplication;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write answers its own event's position, not the head of the store: a later event that committed first would
 * let a read pass while the write is still a gap in a processor's token.
 */
@PortalTest
@ContextConfiguration(classes = StandaloneApplication.class) // the same context, found from another package
class AppendedPositionsTest {

    /** Events no projection knows: only the chain links them. */
    record PositionTestEventRecorded(String step) {}

    @Autowired
    EventStorageEngine storage;

    @Autowired
    EventLog events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aWriteAnswersItsOwnEventEvenWhenALaterOneCommittedBeforeIt() {
        AppendedPositions.take();
        String write = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> {
            storage.appendEvents(event(write, 0), event(write, 1));
            CompletableFuture.runAsync(
                            () -> transactions.executeWithoutResult(other -> storage.appendEvents(event(later, 0))))
                    .join();
        });

        long own = position(write, 1);
        assertThat(position(later, 0)).isGreaterThan(own);
        assertThat(events.head()).isGreaterThan(own);
        assertThat(AppendedPositions.take()).hasValue(own);
        assertThat(AppendedPositions.take()).isEmpty();
    }

    @Test
    void aWriteThatRolledBackLeavesNoPosition() {
        AppendedPositions.take();
        transactions.executeWithoutResult(tx -> {
            storage.appendEvents(event(UUID.randomUUID().toString(), 0));
            tx.setRollbackOnly();
        });
        assertThat(AppendedPositions.take()).isEmpty();
    }

    private long position(String aggregate, long sequence) {
        return jdbc.sql("""
                        select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?
                        """).params(aggregate, sequence).query(Long.class).single();
    }

    private static EventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "PositionTest", aggregate, sequence, new PositionTestEventRecorded("event " + sequence));
    }
}
