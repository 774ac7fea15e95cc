package io.providerportal.platform.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as a source for pooled streaming processors, with a wake-up when this JVM commits events.
 * The embedded store's streams offer no availability callback, so an idle pooled processor would otherwise poll
 * every 500 ms; with this source a local commit reaches the read models within milliseconds. Events written by
 * another JVM arrive by {@link #wakeUp()} when that JVM announces its commits ({@code CrossProcessWakeUp}), and
 * are found by the periodic wake-up otherwise.
 */
public class WakeUpEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    /** How long a woken stream waits for the store's producer thread to fetch what was just committed. */
    private static final long FETCH_GRACE_MILLIS = 200;

    private final EventStore store;
    private final boolean startAtNewest;
    private final Set<WakeableStream> streams = ConcurrentHashMap.newKeySet();
    private final boolean wakeUp;
    private final Thread poller;

    /**
     * @param startAtNewest whether a processor that has no position yet starts at the newest event rather than the
     *                      oldest: right for side effects (mail, cascades), which must not redo the past
     * @param wakeUp        false leaves the streams as the store opens them, to Axon's own polling
     */
    public WakeUpEventSource(EventStore store, Duration pollInterval, boolean startAtNewest, boolean wakeUp) {
        this.store = store;
        this.startAtNewest = startAtNewest;
        this.wakeUp = wakeUp;
        if (!wakeUp) {
            this.poller = null;
            return;
        }
        LocalCommits.onEachCommit(store, () -> wakeAll(true));
        this.poller = new Thread(() -> poll(pollInterval), "event-source-poller");
        poller.setDaemon(true);
        poller.start();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return wakeUp ? new WakeableStream(store.openStream(token)) : store.openStream(token);
    }

    @Override
    public TrackingToken createTailToken() {
        return startAtNewest ? store.createHeadToken() : store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.interrupt();
        }
    }

    /** Events were committed elsewhere: every stream looks again. */
    public void wakeUp() {
        wakeAll(true);
    }

    private void poll(Duration interval) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            wakeAll(false);
        }
    }

    private void wakeAll(boolean newEventsCommitted) {
        streams.forEach(stream -> stream.wake(newEventsCommitted));
    }

    private final class WakeableStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private final AtomicBoolean committedSinceLastLook = new AtomicBoolean();
        private volatile Runnable callback;

        WakeableStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        void wake(boolean newEventsCommitted) {
            if (newEventsCommitted) {
                committedSinceLastLook.set(true);
            }
            Runnable current = callback;
            if (current != null) {
                current.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            streams.add(this);
            return true;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (delegate.hasNextAvailable(timeout, unit)) {
                return true;
            }
            return committedSinceLastLook.getAndSet(false)
                    && delegate.hasNextAvailable((int) FETCH_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> next = delegate.nextAvailable();
            // The stored text is parsed here, by the processor's coordinator, rather than by its worker, which
            // does everything else an event costs: a replay's throughput is the worker's.
            next.getTimestamp();
            return next;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.remove(this);
            delegate.close();
        }
    }
}
