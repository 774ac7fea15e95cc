package io.providerportal.query.integrity;

import io.providerportal.platform.axon.EventLog;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;

/**
 * The events as an event store other than the database's table (Axon Server) hands them out, through Axon's API:
 * their canonical bytes are the fields of the message, its payload and metadata as serialized. Such a store leaves
 * no gaps, so the chain never waits on one.
 */
final class StoredMessages implements StoredEvents {

    private final EventLog log;
    private final Serializer serializer;

    StoredMessages(EventLog log, Serializer serializer) {
        this.log = log;
        this.serializer = serializer;
    }

    @Override
    public Stream<StoredEvent> between(long after, long upTo) {
        return log.between(Math.max(after, -1), upTo).map(this::stored);
    }

    @Override
    public Optional<String> timeStampAtOrBefore(long position) {
        try (Stream<TrackedEventMessage<?>> event = log.between(position - 1, position)) {
            return event.findFirst().map(message -> message.getTimestamp().toString());
        }
    }

    /** Axon Server's first token, as the in-memory store's, is 0. */
    @Override
    public long firstPosition() {
        return 0;
    }

    @Override
    public long lastPosition() {
        return Math.max(log.head(), 0);
    }

    private StoredEvent stored(TrackedEventMessage<?> message) {
        return new StoredEvent(
                EventLog.position(message),
                message.getTimestamp().toString(),
                CanonicalEvent.ofMessage(message, serializer));
    }
}
