package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.http.Portal;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command side's side-effect processors (invitation mail, cascades) are streaming processors too, not listed by
 * the query side: their tokens must reach the newest event by themselves, and every acknowledged invitation must
 * then have its mail in the outbox.
 */
final class SideEffects {

    static final List<String> PROCESSORS = List.of("invitations", "client-cascade");

    private SideEffects() {}

    /** Mails of acknowledged invitations: how many have none, and how many were queued more than once. */
    record Mails(long expected, long missing, long twice) {}

    /** Polls the tokens in {@code token_entry} until each processor has read up to the newest event. */
    static Duration awaitProcessors(Connection db, Duration timeout) throws SQLException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Map<String, Long> positions = Map.of();
        while (System.nanoTime() < deadline) {
            long head = head(db);
            Map<String, Long> now = positions(db);
            positions = now;
            if (PROCESSORS.stream().allMatch(p -> now.containsKey(p) && now.get(p) >= head)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            RetryingWriter.pause(200);
        }
        throw new IllegalStateException("side-effect processors not at the newest event (" + head(db) + ") after "
                + timeout.toSeconds() + " s: " + positions);
    }

    static Mails mails(Connection db, List<Write> writes) throws SQLException {
        Map<String, Long> queued = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery("select recipient, count(*) from mail_outbox group by recipient")) {
            while (rows.next()) {
                queued.put(rows.getString(1), rows.getLong(2));
            }
        }
        List<Write> invitations = writes.stream()
                .filter(w -> w.kind() == WriteKind.MEMBER_INVITED && w.acknowledged())
                .toList();
        long missing = invitations.stream()
                .filter(w -> !queued.containsKey(w.identity()))
                .count();
        long twice = invitations.stream()
                .filter(w -> queued.getOrDefault(w.identity(), 0L) > 1)
                .count();
        return new Mails(invitations.size(), missing, twice);
    }

    private static long head(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row =
                        statement.executeQuery("select coalesce(max(global_index), -1) from domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The lowest index over each processor's segments; a token is Jackson JSON of Axon's GapAwareTrackingToken. */
    private static Map<String, Long> positions(Connection db) throws SQLException {
        Map<String, Long> positions = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(
                "select processor_name, convert_from(token, 'UTF8') from token_entry where processor_name = any(?)")) {
            select.setArray(1, db.createArrayOf("varchar", PROCESSORS.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long index = rows.getString(2) == null ? -1 : index(rows.getString(2));
                    positions.merge(rows.getString(1), index, Math::min);
                }
            }
        }
        return positions;
    }

    private static long index(String token) {
        try {
            JsonNode json = Portal.json().readTree(token);
            JsonNode current = json.has("currentToken") ? json.path("currentToken") : json;
            return current.path("index").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
