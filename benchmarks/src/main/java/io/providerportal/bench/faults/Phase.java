package io.providerportal.bench.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One stretch of sustained load, with at most one fault in its middle: what clients saw during it (errors by cause,
 * reads that answered, answers that were wrong) and how long after the fault writes and reads succeeded again.
 */
final class Phase {

    private static final long NOT_YET = Long.MAX_VALUE;
    private static final int KEPT_PROBLEMS = 20;

    private final Fault fault;
    private volatile boolean running = true;
    private volatile long faultAt = NOT_YET;
    private final AtomicLong firstWriteAfterFault = new AtomicLong(NOT_YET);
    private final AtomicLong firstReadAfterFault = new AtomicLong(NOT_YET);
    private final Map<String, AtomicLong> writeErrors = new TreeMap<>();
    private final Map<String, AtomicLong> readErrors = new TreeMap<>();
    private final AtomicLong readsAnswered = new AtomicLong();
    private final AtomicLong readsBehind = new AtomicLong();
    private final AtomicLong wrongAnswers = new AtomicLong();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> crashes = new ConcurrentLinkedQueue<>();
    private volatile Duration restartedAfter;
    private volatile Duration caughtUpAfter;

    Phase(Fault fault) {
        this.fault = fault;
    }

    Fault fault() {
        return fault;
    }

    String name() {
        return fault.label();
    }

    boolean running() {
        return running;
    }

    void stop() {
        running = false;
    }

    void faultInjected() {
        faultAt = System.nanoTime();
    }

    void restarted() {
        restartedAfter = Duration.ofNanos(System.nanoTime() - faultAt);
    }

    void caughtUp(Duration after) {
        caughtUpAfter = after;
    }

    /** A write answered 2xx; {@code sentAt} is when the attempt that got the answer was sent. */
    void writeSucceeded(long sentAt) {
        if (sentAt >= faultAt) {
            firstWriteAfterFault.compareAndSet(NOT_YET, System.nanoTime());
        }
    }

    void readSucceeded(long sentAt, boolean behind) {
        readsAnswered.incrementAndGet();
        if (behind) {
            readsBehind.incrementAndGet();
        }
        if (sentAt >= faultAt) {
            firstReadAfterFault.compareAndSet(NOT_YET, System.nanoTime());
        }
    }

    void writeFailed(String cause) {
        count(writeErrors, cause);
    }

    void readFailed(String cause) {
        count(readErrors, cause);
    }

    /** A client thread of the load died: the phase cannot vouch for anything. */
    void crashed(String thread, Throwable cause) {
        crashes.add(thread + ": " + cause);
    }

    List<String> crashes() {
        return List.copyOf(crashes);
    }

    /** A 2xx answer that does not parse, or says something that contradicts what the client did. */
    void wrongAnswer(String what) {
        wrongAnswers.incrementAndGet();
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(what);
        }
    }

    boolean recovered() {
        return fault == Fault.NONE || firstWriteAfterFault.get() != NOT_YET && firstReadAfterFault.get() != NOT_YET;
    }

    /** From the fault until both a write and a read, sent after it, had succeeded. */
    Optional<Duration> timeToRecover() {
        if (fault == Fault.NONE || !recovered()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(firstWriteAfterFault.get(), firstReadAfterFault.get()) - faultAt));
    }

    Optional<Duration> firstWriteAfter() {
        return after(firstWriteAfterFault.get());
    }

    Optional<Duration> firstReadAfter() {
        return after(firstReadAfterFault.get());
    }

    private Optional<Duration> after(long at) {
        return at == NOT_YET || faultAt == NOT_YET ? Optional.empty() : Optional.of(Duration.ofNanos(at - faultAt));
    }

    Optional<Duration> restartedAfter() {
        return Optional.ofNullable(restartedAfter);
    }

    Optional<Duration> caughtUpAfter() {
        return Optional.ofNullable(caughtUpAfter);
    }

    Map<String, Long> writeErrors() {
        return snapshot(writeErrors);
    }

    Map<String, Long> readErrors() {
        return snapshot(readErrors);
    }

    long clientErrors() {
        return writeErrors().values().stream().mapToLong(Long::longValue).sum()
                + readErrors().values().stream().mapToLong(Long::longValue).sum();
    }

    long readsAnswered() {
        return readsAnswered.get();
    }

    long readsBehind() {
        return readsBehind.get();
    }

    long wrongAnswers() {
        return wrongAnswers.get();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private static void count(Map<String, AtomicLong> counts, String cause) {
        synchronized (counts) {
            counts.computeIfAbsent(cause, c -> new AtomicLong()).incrementAndGet();
        }
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> counts) {
        synchronized (counts) {
            Map<String, Long> copy = new TreeMap<>();
            counts.forEach((cause, n) -> copy.put(cause, n.get()));
            return copy;
        }
    }
}
