package io.providerportal.query.integrity;

import io.providerportal.query.integrity.ChainTable.Link;
import io.providerportal.query.integrity.StoredEvents.StoredEvent;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain over the stored events, in global order. Events only say how far the log has been read:
 * the links are computed from the stored rows, once per batch, when the batch commits. A missing position is a
 * write that has not committed yet, or one that rolled back; the chain waits for it until the store holds an event
 * stamped {@code portal.audit.gap-timeout} (60 s, the event store's own gap timeout) after the one following it,
 * then goes on without it. That rule reads only stored data, so a rebuild makes the same chain.
 */
@Component
@ReadModel(tables = {"audit_chain"})
@ProcessingGroup(ProjectionNames.AUDIT_CHAIN)
class AuditChainProjection {

    private static final String BATCH_END = AuditChainProjection.class.getName() + ".batchEnd";
    private static final int FLUSH_SIZE = 1000;

    private final StoredEvents events;
    private final ChainTable chain;
    private final Duration gapTimeout;

    AuditChainProjection(
            StoredEvents events, ChainTable chain, @Value("${portal.audit.gap-timeout:PT60S}") Duration gapTimeout) {
        this.events = events;
        this.chain = chain;
        this.gapTimeout = gapTimeout;
    }

    @EventHandler
    void on(EventMessage<?> event, TrackingToken token) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        AtomicLong batchEnd = batch.getOrComputeResource(BATCH_END, key -> {
            AtomicLong end = new AtomicLong();
            batch.onPrepareCommit(unitOfWork -> extendTo(end.get()));
            return end;
        });
        batchEnd.accumulateAndGet(readUpTo(token), Math::max);
    }

    /** Links every stored event after the chain's head up to {@code upTo}, stopping at a gap still open. */
    void extendTo(long upTo) {
        Link head = chain.lockHead().orElse(Link.beforeFirst(events.firstPosition()));
        if (head.position() >= upTo) {
            return;
        }
        Newest newest = new Newest(upTo);
        List<Link> links = new ArrayList<>();
        byte[] link = head.hash();
        long expected = head.position() + 1;
        try (Stream<StoredEvent> stored = events.between(head.position(), upTo)) {
            for (Iterator<StoredEvent> rows = stored.iterator(); rows.hasNext(); ) {
                StoredEvent event = rows.next();
                if (event.position() != expected && !newest.settles(event)) {
                    break;
                }
                link = HashChain.next(link, event.canonical());
                links.add(new Link(event.position(), link));
                expected = event.position() + 1;
                if (links.size() == FLUSH_SIZE) {
                    chain.append(links);
                    links.clear();
                }
            }
        }
        chain.append(links);
    }

    /** How far the processor has read, whether it is replaying or not. */
    private static long readUpTo(TrackingToken token) {
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(GapAwareTrackingToken::getIndex)
                .orElseGet(() -> token.position().orElse(0));
    }

    /** The time of the newest event read, looked up only when a gap needs it. */
    private final class Newest {

        private final long position;
        private Instant time;

        Newest(long position) {
            this.position = position;
        }

        /** Whether the gap before this event is old enough to be a write that rolled back. */
        boolean settles(StoredEvent afterGap) {
            if (time == null) {
                time = events.timeStampAtOrBefore(position).map(Instant::parse).orElse(Instant.MIN);
            }
            return !Instant.parse(afterGap.timeStamp()).plus(gapTimeout).isAfter(time);
        }
    }
}
