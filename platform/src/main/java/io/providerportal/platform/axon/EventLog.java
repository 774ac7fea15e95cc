package io.providerportal.platform.axon;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The event log through Axon's own event store API, so that the same code answers on the database's event table and
 * on Axon Server: the position of the newest event, and the events between two positions in global order. A
 * position is what a tracking token of this store says: the database's global index, or Axon Server's token.
 */
@Component
public class EventLog {

    /** How long a read waits for the store's next event before it gives up on a position it knows was written. */
    private static final int PATIENCE_SECONDS = 30;

    private final EventStore store;
    private final boolean inDatabase;

    EventLog(EventStore store, ObjectProvider<EventStorageEngine> engine) {
        this.store = store;
        this.inDatabase = engine.getIfAvailable() instanceof JpaEventStorageEngine;
    }

    /** The position of the newest stored event; -1 when the store is empty. */
    public long head() {
        TrackingToken head = store.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /**
     * Whether the events are in the database's event table (Axon's JPA engine), whose tokens carry gaps: such a
     * token may stand past the event that closed one.
     */
    public boolean storedInDatabase() {
        return inDatabase;
    }

    /** A token after which the next event read is the first one after {@code position}; null: from the start. */
    private TrackingToken tokenAt(long position) {
        if (position < 0) {
            return null;
        }
        return inDatabase
                ? GapAwareTrackingToken.newInstance(position, List.of())
                : new GlobalSequenceTrackingToken(position);
    }

    /**
     * The events after {@code after} up to and including {@code upTo}, in order, read as the store hands them out
     * (a batch at a time); close the stream.
     */
    public Stream<TrackedEventMessage<?>> between(long after, long upTo) {
        if (upTo <= after) {
            return Stream.empty();
        }
        BlockingStream<TrackedEventMessage<?>> events = store.openStream(tokenAt(after));
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(new UpTo(events, upTo), Spliterator.ORDERED), false)
                .onClose(events::close);
    }

    /** The events after {@code after} up to the newest stored now. */
    public Stream<TrackedEventMessage<?>> after(long after) {
        return between(after, head());
    }

    /** Where an event stands, as its token says. */
    public static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElse(-1);
    }

    /** A store's stream read up to a position known to be stored, never waiting for what comes after it. */
    private static final class UpTo implements Iterator<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private final long upTo;
        private boolean done;

        UpTo(BlockingStream<TrackedEventMessage<?>> events, long upTo) {
            this.events = events;
            this.upTo = upTo;
        }

        @Override
        public boolean hasNext() {
            if (!done) {
                try {
                    if (!events.hasNextAvailable(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the event store did not hand out position " + upTo);
                    }
                } catch (InterruptedException e) {
                    throw interrupted(e);
                }
                done = events.peek().map(EventLog::position).orElse(Long.MAX_VALUE) > upTo;
            }
            return !done;
        }

        @Override
        public TrackedEventMessage<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                TrackedEventMessage<?> event = events.nextAvailable();
                done = position(event) >= upTo;
                return event;
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
        }

        private static IllegalStateException interrupted(InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted while reading the event log", e);
        }
    }
}
