package io.providerportal.bench.faults;

/**
 * Keeps one client at most at a given rate of writes. Unpaced, the clients write about twice as fast while the
 * query side is down (their reads fail at once instead of waiting), and on two cores the restarting JVM then starves:
 * the load would measure CPU starvation rather than recovery.
 */
final class Pacer {

    private final long intervalNanos;
    private long next = System.nanoTime();

    Pacer(double perSecond) {
        this.intervalNanos = (long) (1e9 / perSecond);
    }

    void await() {
        long now = System.nanoTime();
        if (next > now) {
            RetryingWriter.pause((next - now) / 1_000_000);
        }
        next = Math.max(next, now) + intervalNanos;
    }
}
