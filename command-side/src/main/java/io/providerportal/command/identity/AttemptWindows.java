package io.providerportal.command.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Counts attempts per key over a sliding window, in memory: at most {@code max} in any {@code window}. Keys nobody
 * used for a window are forgotten, so the memory is bounded by the callers of the last window.
 */
final class AttemptWindows {

    private final int max;
    private final Duration window;
    private final Cache<String, Deque<Instant>> attempts;

    AttemptWindows(int max, Duration window) {
        this.max = max;
        this.window = window;
        this.attempts = Caffeine.newBuilder()
                .expireAfterAccess(window)
                .maximumSize(100_000)
                .build();
    }

    /** How long until the key may try again, if it has used up its attempts. */
    Optional<Duration> blockedFor(String key, Instant now) {
        Deque<Instant> times = attempts.getIfPresent(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            forgetBefore(times, now.minus(window));
            return times.size() < max
                    ? Optional.empty()
                    : Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    void record(String key, Instant now) {
        Deque<Instant> times = attempts.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            forgetBefore(times, now.minus(window));
            times.addLast(now);
        }
    }

    private static void forgetBefore(Deque<Instant> times, Instant start) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }
}
