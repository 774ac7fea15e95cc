package io.providerportal.platform.persistence;

import io.providerportal.platform.axon.AppendedPositions;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JPA storage engine, telling the positions it gives appended events ({@link AppendedPositions}) and reading
 * a tracking token with gaps in two index-friendly queries. Concurrent commits
 * leave gaps in every streaming processor's token, and Axon's one query for them, {@code global_index > ? or
 * global_index in (…) order by global_index}, makes PostgreSQL walk the event table from its first row (190 ms at
 * a million events, for every fetch of every processor). The gaps are all below the token's index, so their rows
 * simply come first.
 */
class GapSafeJpaEventStorageEngine extends JpaEventStorageEngine {

    private static final String COLUMNS = "select e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber, "
            + "e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData from ";

    /** The entity of the event being appended: its position is known once it is persisted. */
    private final ThreadLocal<DomainEventEntry> lastCreated = new ThreadLocal<>();

    GapSafeJpaEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Object createEventEntity(EventMessage<?> eventMessage, Serializer serializer) {
        Object entity = super.createEventEntity(eventMessage, serializer);
        lastCreated.set((DomainEventEntry) entity);
        return entity;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        try {
            super.appendEvents(events, serializer);
            DomainEventEntry last = lastCreated.get();
            if (last != null) {
                Object position = entityManager()
                        .getEntityManagerFactory()
                        .getPersistenceUnitUtil()
                        .getIdentifier(last);
                AppendedPositions.appended((Long) position);
            }
        } finally {
            lastCreated.remove();
        }
    }

    /**
     * The events after the index are read before the gaps: each query sees the commits made before it began, so a
     * transaction committing between the two would otherwise show its later events without its earlier ones, which
     * fill a gap, and a projection would see one command's events out of order. Read this way round, whatever the
     * first query sees of a transaction, the second sees all of.
     */
    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        List<Object[]> after = rows("e.globalIndex > :at", token.getIndex());
        List<Object[]> rows = new ArrayList<>(rows("e.globalIndex in :at", token.getGaps()));
        rows.addAll(after);
        return rows.size() > batchSize() ? rows.subList(0, batchSize()) : rows;
    }

    /** At most a batch of rows, in the order of the store. */
    List<Object[]> rows(String condition, Object at) {
        return entityManager()
                .createQuery(
                        COLUMNS + domainEventEntryEntityName() + " e where " + condition
                                + " order by e.globalIndex asc",
                        Object[].class)
                .setParameter("at", at)
                .setMaxResults(batchSize())
                .getResultList();
    }
}
