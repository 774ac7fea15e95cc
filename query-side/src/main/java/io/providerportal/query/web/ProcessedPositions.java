package io.providerportal.query.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * Tells whether the streaming processors of this JVM (all of them, or the named ones) have processed a given global
 * event position, and waits (bounded) until they have: the query half of read-your-writes.
 */
@Component
class ProcessedPositions {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final EventProcessingConfiguration processing;

    ProcessedPositions(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * Waits until the processors named (every one, if {@code names} is null) have processed the position or the
     * timeout passes; answers whether it was reached.
     */
    boolean await(long position, Set<String> names, Duration timeout) {
        List<StreamingEventProcessor> processors = processors(names);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!processed(processors, position)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    boolean processed(long position, Set<String> names) {
        return processed(processors(names), position);
    }

    private List<StreamingEventProcessor> processors(Set<String> names) {
        return processing.eventProcessors().values().stream()
                .filter(processor -> names == null || names.contains(processor.getName()))
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private static boolean processed(List<StreamingEventProcessor> processors, long position) {
        for (StreamingEventProcessor processor : processors) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.isEmpty()
                    || !status.values().stream().allMatch(s -> processed(s.getTrackingToken(), position))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A gap-aware token has processed an index if it is at or past it and the index is not one of its gaps. A
     * projection being rebuilt is read as it stands, incomplete until the rebuild ends: waiting for it would hold
     * every read for the whole rebuild.
     */
    static boolean processed(TrackingToken token, long position) {
        if (token instanceof ReplayToken replay && rebuilding(replay)) {
            return true;
        }
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware ->
                        position <= gapAware.getIndex() && !gapAware.getGaps().contains(position))
                .orElseGet(() -> token != null && token.position().orElse(-1) >= position);
    }

    /** Still replaying what was there at the reset (Axon keeps the replay flag until a newer event comes). */
    private static boolean rebuilding(ReplayToken replay) {
        TrackingToken current = replay.getCurrentToken();
        return current == null || !current.covers(replay.getTokenAtReset());
    }
}
