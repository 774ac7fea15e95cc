package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * A read of the query side, tried once: a read that fails is counted and the client goes on with something else.
 * A 2xx answer must parse; with {@code Portal-Min-Position} it says whether it shows that position.
 */
final class Reads {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Portal querySide;

    Reads(Portal querySide) {
        this.querySide = querySide;
    }

    /** An answer that parsed; {@code reached} is false when the read models had not got to the position asked for. */
    record Answer(JsonNode json, boolean reached) {}

    Optional<Answer> get(Phase phase, String path, String token, long minPosition) {
        HttpRequest.Builder request = HttpRequest.newBuilder(querySide.uri(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .GET();
        if (minPosition >= 0) {
            request.header(Portal.MIN_POSITION, Long.toString(minPosition));
        }
        long sentAt = System.nanoTime();
        Reply reply;
        try {
            reply = querySide.send(request.build());
        } catch (UncheckedIOException e) {
            phase.readFailed(RetryingWriter.cause(e));
            return Optional.empty();
        }
        if (!reply.ok()) {
            // The read models had the position, so the answer had to be there.
            if (reply.status() == 404
                    && minPosition >= 0
                    && reply.positionReached()
                    && reply.headers().firstValue("Portal-Position-Reached").isPresent()) {
                phase.wrongAnswer("GET " + path + ": 404 though position " + minPosition + " was reached");
            } else {
                phase.readFailed("HTTP " + reply.status());
            }
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = Portal.json().readTree(reply.body());
        } catch (IOException e) {
            phase.wrongAnswer("GET " + path + ": a 2xx answer that is no JSON (" + e.getMessage() + ")");
            return Optional.empty();
        }
        boolean reached = minPosition < 0 || reply.positionReached();
        phase.readSucceeded(sentAt, !reached);
        return Optional.of(new Answer(json, reached));
    }
}
