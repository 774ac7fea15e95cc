package io.providerportal.query.audit;

import io.providerportal.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The time window of an event-log request, by Bitwarden's rules (E-05). */
record EventRange(Instant start, Instant end) {

    static final Duration DEFAULT = Duration.ofDays(30);
    static final Duration MAXIMUM = Duration.ofDays(367);

    /** Last 30 days when unset; swapped when reversed; at most 367 days. */
    static EventRange of(Instant start, Instant end, Clock clock) {
        Instant to = end != null ? end : clock.instant();
        Instant from = start != null ? start : to.minus(DEFAULT);
        if (from.isAfter(to)) {
            Instant swap = from;
            from = to;
            to = swap;
        }
        if (Duration.between(from, to).compareTo(MAXIMUM) > 0) {
            throw new InvalidRequestException("event-range-too-large", "start", "Range too large: at most 367 days.");
        }
        return new EventRange(from, to);
    }
}
