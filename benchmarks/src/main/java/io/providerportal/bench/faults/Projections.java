package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The query side's own account of its projections ({@code GET /admin/projections}, operators only): caught up means
 * every one is running and has read up to the newest event. (A projection started without a token begins with
 * Axon's replay token and says {@code replaying} until an event newer than its start arrives, so that flag is
 * reported, not waited for.) Nobody restarts or nudges a processor: one that does not get there by itself makes
 * the suite fail.
 */
final class Projections {

    private final Portal querySide;
    private final String operatorToken;

    Projections(Portal querySide, String operatorToken) {
        this.querySide = querySide;
        this.operatorToken = operatorToken;
    }

    record Status(String name, long position, long lag, boolean replaying, boolean running, long deadLetters) {

        boolean caughtUp() {
            return running && lag == 0;
        }
    }

    /** Polls until every projection has caught up; answers their statuses then. */
    List<Status> awaitCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Status> last = List.of();
        String error = "no answer yet";
        while (System.nanoTime() < deadline) {
            try {
                Reply reply = querySide.get("/admin/projections", operatorToken);
                if (reply.ok()) {
                    last = statuses(reply.json());
                    if (!last.isEmpty() && last.stream().allMatch(Status::caughtUp)) {
                        return last;
                    }
                } else {
                    error = "HTTP " + reply.status();
                }
            } catch (UncheckedIOException e) {
                error = RetryingWriter.cause(e);
            }
            RetryingWriter.pause(200);
        }
        throw new IllegalStateException(
                "projections not caught up after " + timeout.toSeconds() + " s: " + (last.isEmpty() ? error : last));
    }

    private static List<Status> statuses(JsonNode answer) {
        List<Status> statuses = new ArrayList<>();
        for (JsonNode p : answer.path("data")) {
            statuses.add(new Status(
                    p.path("name").asText(),
                    p.path("position").asLong(),
                    p.path("lag").asLong(),
                    p.path("replaying").asBoolean(),
                    p.path("running").asBoolean(),
                    p.path("deadLetters").asLong()));
        }
        return statuses;
    }
}
