package io.providerportal.query.projection;

import io.providerportal.query.projection.RebuildProgress.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** One rebuild of one projection: the processor filling the shadow tables, and what it has come to. */
final class Rebuild {

    static final String SUFFIX = "~rebuild";

    final String projection;
    final List<String> tables;
    final String schema;
    final Instant startedAt = Instant.now();
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final List<ExecutorService> executors = new CopyOnWriteArrayList<>();
    private volatile StreamingEventProcessor processor;
    private volatile long finalPosition = -1;
    private volatile Instant finishedAt;

    Rebuild(String projection, List<String> tables) {
        this.projection = projection;
        this.tables = tables;
        this.schema = ShadowTables.schemaOf(projection);
    }

    String processorName() {
        return projection + SUFFIX;
    }

    /** The rebuild's threads end with it. */
    <E extends ExecutorService> E own(E executor) {
        executors.add(executor);
        return executor;
    }

    void runBy(StreamingEventProcessor processor) {
        this.processor = processor;
    }

    StreamingEventProcessor processor() {
        return processor;
    }

    State state() {
        return state.get();
    }

    boolean running() {
        return state() == State.RUNNING || state() == State.SWITCHING;
    }

    String failure() {
        return failure.get();
    }

    /** The first failure is the one that tells; the watcher gives the rebuild up when it sees one. */
    void failed(String why) {
        failure.compareAndSet(null, why);
    }

    void switching() {
        state.set(State.SWITCHING);
    }

    void finish(State outcome, long position) {
        finalPosition = position;
        finishedAt = Instant.now();
        state.set(outcome);
        executors.forEach(ExecutorService::shutdown);
    }

    /** The lowest position of the rebuild's segments; -1 before it has claimed any. */
    long position() {
        StreamingEventProcessor current = processor;
        Map<Integer, EventTrackerStatus> segments = current == null ? Map.of() : current.processingStatus();
        return segments.values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min()
                .orElse(finalPosition);
    }

    RebuildProgress progress(long head) {
        long done = Math.max(position(), 0);
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        long total = running() ? Math.max(head, done) : done;
        Long eta = running() && rate > 0 ? Math.round((total - done) / rate) : null;
        return new RebuildProgress(
                state(), done, total, Math.round(rate * 10) / 10.0, eta, startedAt, finishedAt, failure());
    }

    static boolean caughtUp(long rebuilt, StreamingEventProcessor live) {
        return live.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> rebuilt >= position.orElse(-1));
    }
}
