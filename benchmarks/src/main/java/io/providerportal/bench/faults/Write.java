package io.providerportal.bench.faults;

import java.util.UUID;

/**
 * One logical write as the client knows it: what it asked for and what it must have produced ({@code identity}: the
 * unique name or email it carries; {@code target}: the item or organization it acts on, null for a creation), and
 * the final answer after every retry with the same key.
 */
final class Write {

    /** No answer before the client gave up: it does not know whether the write happened. */
    static final int UNANSWERED = 0;

    private final Phase phase;
    private final WriteKind kind;
    private final String key;
    private final String identity;
    private final UUID target;
    private volatile int status = UNANSWERED;
    private volatile long position = -1;
    private volatile UUID createdId;
    private volatile int attempts;
    private volatile boolean replayed;

    Write(Phase phase, WriteKind kind, String key, String identity, UUID target) {
        this.phase = phase;
        this.kind = kind;
        this.key = key;
        this.identity = identity;
        this.target = target;
    }

    void answered(int status, long position, int attempts, boolean replayed) {
        this.status = status;
        this.position = position;
        this.attempts = attempts;
        this.replayed = replayed;
    }

    void gaveUp(int attempts) {
        this.attempts = attempts;
    }

    void created(UUID id) {
        this.createdId = id;
    }

    boolean acknowledged() {
        return status / 100 == 2;
    }

    boolean refused() {
        return status >= 400 && status < 500;
    }

    boolean unanswered() {
        return status == UNANSWERED;
    }

    Phase phase() {
        return phase;
    }

    WriteKind kind() {
        return kind;
    }

    String key() {
        return key;
    }

    String identity() {
        return identity;
    }

    UUID target() {
        return target;
    }

    int status() {
        return status;
    }

    long position() {
        return position;
    }

    UUID createdId() {
        return createdId;
    }

    int attempts() {
        return attempts;
    }

    boolean replayed() {
        return replayed;
    }

    @Override
    public String toString() {
        return kind.request() + " key " + key + " (" + identity + (target == null ? "" : " on " + target) + "): "
                + (unanswered() ? "unanswered" : "HTTP " + status) + " after " + attempts + " attempt(s)";
    }
}
