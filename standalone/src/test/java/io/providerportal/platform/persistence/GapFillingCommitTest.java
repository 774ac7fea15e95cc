package io.providerportal.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.standalone.PortalTest;
import io.providerportal.standalone.StandaloneApplication;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One command's events reach a projection in their order even when its transaction commits while a token with gaps
 * is being read: the command's first event fills a gap, its others stand after the token's index.
 */
@PortalTest
@ContextConfiguration(classes = StandaloneApplication.class) // the same context, found from another package
class GapFillingCommitTest {

    /** Events no projection knows: only the chain links them. */
    record GapTestEventRecorded(String step) {}

    @Autowired
    EventStorageEngine storage;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    Serializer serializer;

    @Autowired
    EntityManagerProvider entityManagers;

    @Autowired
    TransactionManager transactionManager;

    @Test
    void aTransactionCommittingBetweenTheTwoReadsIsReadInItsOrder() throws Exception {
        String command = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        CompletableFuture<Long> gapHeld = new CompletableFuture<>();
        CompletableFuture<Void> otherCommitted = new CompletableFuture<>();
        CompletableFuture<Void> restWritten = new CompletableFuture<>();
        CompletableFuture<Void> commitNow = new CompletableFuture<>();
        // the command's transaction takes a position, another takes the next one and commits, the command writes
        // two more events and waits to commit until the reader has made its first query
        CompletableFuture<Void> committed = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            storage.appendEvents(event(command, 0));
            gapHeld.complete(position(command, 0));
            otherCommitted.join();
            storage.appendEvents(event(command, 1), event(command, 2));
            restWritten.complete(null);
            commitNow.join();
        }));
        long gap = gapHeld.get(10, TimeUnit.SECONDS);
        transactions.executeWithoutResult(tx -> storage.appendEvents(event(other, 0)));
        otherCommitted.complete(null);
        restWritten.get(10, TimeUnit.SECONDS);

        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(position(other, 0), new TreeSet<>(Set.of(gap)));
        EventStorageEngine reader =
                new GapSafeJpaEventStorageEngine(JpaEventStorageEngine.builder()
                        .eventSerializer(eventSerializer)
                        .snapshotSerializer(serializer)
                        .entityManagerProvider(entityManagers)
                        .transactionManager(transactionManager)) {
                    private boolean first = true;

                    @Override
                    List<Object[]> rows(String condition, Object at) {
                        List<Object[]> rows = super.rows(condition, at);
                        if (first) {
                            first = false;
                            commitNow.complete(null);
                            committed.join();
                        }
                        return rows;
                    }
                };

        try (Stream<? extends TrackedEventMessage<?>> events = reader.readEvents(token, false)) {
            assertThat(events.filter(e -> e instanceof DomainEventMessage<?> d
                                    && d.getAggregateIdentifier().equals(command))
                            .map(e -> ((DomainEventMessage<?>) e).getSequenceNumber()))
                    .containsExactly(0L, 1L, 2L);
        }
    }

    private long position(String aggregate, long sequence) {
        return jdbc.sql("""
                        select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?
                        """).params(aggregate, sequence).query(Long.class).single();
    }

    private static EventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "GapTest", aggregate, sequence, new GapTestEventRecorded("event " + sequence));
    }
}
