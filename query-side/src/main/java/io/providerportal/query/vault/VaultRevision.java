package io.providerportal.query.vault;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The revision My Vault answers carry: the highest global position up to which both vault projections have
 * committed every event, taken before the read begins. A processor's status advances only after its batch has
 * committed, so everything up to it is in what the read then sees. A gap in a token is a write still in flight,
 * whose events may yet come with a lower position, or one that rolled back, which the event store keeps as a gap
 * for thousands of events: the revision stays below a gap until it has been seen for
 * {@code portal.vault.gap-timeout} (by default the audit chain's, 60 s). Whatever a read sees beyond the revision
 * is sent again by the next delta, which errs on the safe side. This JVM must process the vault projections.
 */
@Component
class VaultRevision {

    private static final List<String> PROJECTIONS = List.of(VaultItemsProjection.NAME,
            CollectionAccessProjection.NAME);

    private final EventProcessingConfiguration processing;
    private final long gapTimeoutNanos;
    private final Map<Long, Long> gapsSeenAt = new ConcurrentHashMap<>();

    VaultRevision(EventProcessingConfiguration processing,
            @Value("${portal.vault.gap-timeout:${portal.audit.gap-timeout:PT60S}}") Duration gapTimeout) {
        this.processing = processing;
        this.gapTimeoutNanos = gapTimeout.toNanos();
    }

    /** 0 while a vault projection has no segment claimed in this JVM: then no later revision can be vouched for. */
    long current() {
        long now = System.nanoTime();
        long revision = Long.MAX_VALUE;
        Set<Long> gaps = new HashSet<>();
        for (String projection : PROJECTIONS) {
            Map<Integer, EventTrackerStatus> segments = processing
                    .eventProcessor(projection, StreamingEventProcessor.class)
                    .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
            if (segments.isEmpty()) {
                return 0;
            }
            for (EventTrackerStatus segment : segments.values()) {
                revision = Math.min(revision, complete(segment.getTrackingToken(), now, gaps));
            }
        }
        gapsSeenAt.keySet().retainAll(gaps);
        return Math.max(revision, 0);
    }

    /** Every position up to the answer has been processed, or is a gap old enough to be a write rolled back. */
    private long complete(TrackingToken token, long now, Set<Long> gaps) {
        TrackingToken lowerBound = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (lowerBound == null) {
            return 0;
        }
        GapAwareTrackingToken gapAware = WrappedToken.unwrap(lowerBound, GapAwareTrackingToken.class).orElse(null);
        if (gapAware == null) {
            return lowerBound.position().orElse(0);
        }
        gaps.addAll(gapAware.getGaps());
        for (long gap : gapAware.getGaps()) {
            if (now - gapsSeenAt.computeIfAbsent(gap, position -> now) < gapTimeoutNanos) {
                return gap - 1;
            }
        }
        return gapAware.getIndex();
    }
}
