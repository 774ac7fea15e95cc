package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.http.Portal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Looks up in Axon's {@code domain_event_entry} what every write of the journal should have produced. Payloads are
 * stored as Jackson JSON in {@code bytea} (platform's AxonSerializationConfig, migration V1__axon_tables), so each is
 * read as UTF-8 JSON and matched on what only that write carried: the EncString of an item's name (a fresh IV each
 * time, so no two writes share one), a client organization's unique name, an invited member's unique email. A
 * favourite flag carries nothing unique; an item's flags are written by one client in turn, so the item's
 * {@code VaultItemFavoriteSet} events must be exactly its acknowledged flips, in order.
 */
final class EventStoreCheck {

    private static final int KEPT_PROBLEMS = 30;

    /** Where an event was found: the aggregate it belongs to and its global position. */
    private record Found(UUID aggregate, long position) {}

    /** Per phase: writes sent and acknowledged, and those the store does not hold exactly once. */
    static final class Tally {
        long sent;
        long acknowledged;
        long lost;
        long duplicated;
        long refusedYetApplied;
        long unanswered;
        long refused;
        long replayed;
        long wrongAnswers;
        long unverifiable;
        final Map<WriteKind, long[]> byKind = new LinkedHashMap<>();

        void count(Write write) {
            sent++;
            long[] kind = byKind.computeIfAbsent(write.kind(), k -> new long[2]);
            kind[0]++;
            if (write.acknowledged()) {
                acknowledged++;
                kind[1]++;
            }
            if (write.unanswered()) {
                unanswered++;
            }
            if (write.refused()) {
                refused++;
            }
            if (write.replayed()) {
                replayed++;
            }
        }
    }

    private final Map<String, List<Found>> byIdentity = new HashMap<>();
    private final Map<UUID, List<Boolean>> favouritesByItem = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long events;

    /** A row of {@code domain_event_entry}: its global index, payload type and payload as text. */
    record StoredEvent(long position, String type, String payload) {}

    static EventStoreCheck load(Connection db) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("""
                select global_index, payload_type, convert_from(payload, 'UTF8') from domain_event_entry
                where payload_type = any(?) order by global_index
                """)) {
            select.setArray(
                    1,
                    db.createArrayOf(
                            "varchar",
                            Arrays.stream(WriteKind.values())
                                    .map(WriteKind::eventType)
                                    .toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return of(events);
    }

    /** The events in global order. */
    static EventStoreCheck of(List<StoredEvent> events) {
        EventStoreCheck check = new EventStoreCheck();
        events.forEach(e -> check.add(e.position(), e.type(), parse(e.payload())));
        return check;
    }

    private void add(long position, String type, JsonNode payload) {
        events++;
        if (type.equals(WriteKind.ITEM_CREATED.eventType())) {
            found(WriteKind.ITEM_CREATED, null, itemName(payload), payload.path("itemId"), position);
        } else if (type.equals(WriteKind.ITEM_UPDATED.eventType())) {
            found(
                    WriteKind.ITEM_UPDATED,
                    payload.path("itemId").asText(),
                    itemName(payload),
                    payload.path("itemId"),
                    position);
        } else if (type.equals(WriteKind.CLIENT_CREATED.eventType())) {
            found(
                    WriteKind.CLIENT_CREATED,
                    null,
                    payload.path("name").asText(),
                    payload.path("organizationId"),
                    position);
        } else if (type.equals(WriteKind.MEMBER_INVITED.eventType())) {
            found(
                    WriteKind.MEMBER_INVITED,
                    payload.path("organizationId").asText(),
                    payload.path("email").asText(),
                    payload.path("organizationId"),
                    position);
        } else if (type.equals(WriteKind.FAVOURITE_SET.eventType())) {
            favouritesByItem
                    .computeIfAbsent(UUID.fromString(payload.path("itemId").asText()), i -> new ArrayList<>())
                    .add(payload.path("favorite").asBoolean());
        }
    }

    private void found(WriteKind kind, String target, String identity, JsonNode aggregate, long position) {
        byIdentity
                .computeIfAbsent(key(kind, target, identity), k -> new ArrayList<>())
                .add(new Found(UUID.fromString(aggregate.asText()), position));
    }

    private static String key(WriteKind kind, String target, String identity) {
        return kind + "|" + (target == null ? "" : target) + "|" + identity;
    }

    /** An item's {@code data} is its contents as a JSON text inside the event's JSON. */
    private static String itemName(JsonNode payload) {
        return parse(payload.path("data").asText()).path("name").asText();
    }

    long events() {
        return events;
    }

    List<String> problems() {
        return problems;
    }

    Map<Phase, Tally> check(List<Write> writes) {
        Map<Phase, Tally> tallies = new LinkedHashMap<>();
        Map<UUID, List<Write>> flips = new LinkedHashMap<>();
        for (Write write : writes) {
            Tally tally = tallies.computeIfAbsent(write.phase(), p -> new Tally());
            tally.count(write);
            if (write.kind() == WriteKind.FAVOURITE_SET) {
                flips.computeIfAbsent(write.target(), i -> new ArrayList<>()).add(write);
            } else {
                String target = write.kind() == WriteKind.ITEM_UPDATED || write.kind() == WriteKind.MEMBER_INVITED
                        ? write.target().toString()
                        : null;
                judge(write, tally, byIdentity.getOrDefault(key(write.kind(), target, write.identity()), List.of()));
            }
        }
        flips.forEach((item, itemWrites) ->
                judgeFlips(item, itemWrites, tallies.get(itemWrites.get(0).phase())));
        return tallies;
    }

    private void judge(Write write, Tally tally, List<Found> found) {
        if (write.acknowledged() && found.isEmpty()) {
            tally.lost++;
            problem("LOST", write, found);
        }
        if (found.size() > 1) {
            tally.duplicated++;
            problem("DUPLICATED", write, found);
        }
        if (write.refused() && !found.isEmpty()) {
            tally.refusedYetApplied++;
            problem("REFUSED YET APPLIED", write, found);
        }
        if (write.acknowledged() && found.size() == 1) {
            Found event = found.get(0);
            boolean rightAggregate =
                    write.createdId() == null || write.createdId().equals(event.aggregate());
            if (!rightAggregate || event.position() > write.position()) {
                tally.wrongAnswers++;
                problem("ANSWER DISAGREES WITH THE STORE", write, found);
            }
        }
    }

    private void judgeFlips(UUID item, List<Write> flips, Tally tally) {
        if (flips.stream().anyMatch(w -> !w.acknowledged())) {
            tally.unverifiable += flips.size();
            return;
        }
        List<Boolean> expected =
                flips.stream().map(w -> Boolean.valueOf(w.identity())).toList();
        List<Boolean> stored = favouritesByItem.getOrDefault(item, List.of());
        if (expected.equals(stored)) {
            return;
        }
        long missing = Math.max(0, expected.size() - stored.size());
        long extra = Math.max(0, stored.size() - expected.size());
        tally.lost += missing == 0 && extra == 0 ? 1 : missing;
        tally.duplicated += extra;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add("FAVOURITES OF ITEM " + item + ": acknowledged " + expected + ", stored " + stored);
        }
    }

    private void problem(String what, Write write, List<Found> found) {
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(what + " [" + write.phase().name() + "] " + write + ", answered position "
                    + write.position() + (write.createdId() == null ? "" : ", answered id " + write.createdId())
                    + (write.replayed() ? ", answer replayed" : "") + "; in the store: " + found);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Portal.json().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
