package io.providerportal.query.projection;

import java.time.Instant;

/**
 * How far a rebuild is: {@code done} is the position the fresh tables have reached, {@code total} the newest event's
 * position; the rate and the estimate are from the start of the rebuild. {@code failure} says why one was given up.
 */
public record RebuildProgress(
        State state,
        long done,
        long total,
        double eventsPerSecond,
        Long etaSeconds,
        Instant startedAt,
        Instant finishedAt,
        String failure) {

    public enum State {
        RUNNING,
        SWITCHING,
        DONE,
        FAILED
    }
}
