package io.providerportal.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;

/**
 * Axon's JPA storage engine, reading a tracking token with gaps in two index-friendly queries. Concurrent commits
 * leave gaps in every streaming processor's token, and Axon's one query for them, {@code global_index > ? or
 * global_index in (…) order by global_index}, makes PostgreSQL walk the event table from its first row (190 ms at
 * a million events, for every fetch of every processor). The gaps are all below the token's index, so their rows
 * simply come first.
 */
class GapSafeJpaEventStorageEngine extends PositionTellingJpaEventStorageEngine {

    private static final String COLUMNS = "select e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber, "
            + "e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData from ";

    GapSafeJpaEventStorageEngine(Builder builder) {
        super(builder);
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
