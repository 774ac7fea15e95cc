package io.providerportal.bench.faults;

import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.UUID;

/**
 * Sends a write as a real client does when the network or the server fails it: the same request with the same
 * {@code Idempotency-Key} and the same bytes, again and again until it is answered. Only 2xx and 4xx are answers;
 * a refused connection, a broken one, a time-out and a 5xx say nothing about whether the write happened.
 */
final class RetryingWriter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);
    /** Far longer than a restart takes; a write still unanswered then is reported, not retried for ever. */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);

    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final long LONGEST_PAUSE_MILLIS = 1000;

    private final Portal commandSide;
    private final Journal journal;

    RetryingWriter(Portal commandSide, Journal journal) {
        this.commandSide = commandSide;
        this.journal = journal;
    }

    /** The write as recorded, and its final answer (null when it was never answered). */
    record Sent(Write write, Reply reply) {}

    Sent send(
            Phase phase,
            WriteKind kind,
            String identity,
            UUID target,
            String method,
            String path,
            String token,
            byte[] body) {
        Write write = new Write(phase, kind, UUID.randomUUID().toString(), identity, target);
        journal.add(write);
        HttpRequest request = HttpRequest.newBuilder(commandSide.uri(path))
                .timeout(ATTEMPT_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_KEY, write.key())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            long sentAt = System.nanoTime();
            String failure;
            try {
                Reply reply = commandSide.send(request);
                if (reply.status() < 500) {
                    write.answered(
                            reply.status(),
                            reply.position(),
                            attempt,
                            reply.headers().firstValue("Idempotent-Replayed").isPresent());
                    if (reply.ok()) {
                        phase.writeSucceeded(sentAt);
                    }
                    return new Sent(write, reply);
                }
                failure = "HTTP " + reply.status();
            } catch (UncheckedIOException e) {
                failure = cause(e);
            }
            phase.writeFailed(failure);
            if (System.nanoTime() + pause * 1_000_000 > deadline) {
                write.gaveUp(attempt);
                return new Sent(write, null);
            }
            pause(pause);
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
        }
    }

    static String cause(UncheckedIOException e) {
        Throwable cause = e.getCause();
        if (cause instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return "connection broken";
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
