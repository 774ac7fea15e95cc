package io.providerportal.query.dashboard;

import io.providerportal.platform.web.InvalidRequestException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Function;

/** The dashboard columns a client list can be sorted by, each backed by its own keyset index. */
enum ClientSort {
    NAME("name", "sort_name", value -> value),
    PLAN("plan", "plan", value -> value),
    SEATS("seats", "seats", Integer::valueOf),
    OCCUPIED_SEATS("occupiedSeats", "occupied_seats", Integer::valueOf),
    CONFIRMED_USERS("confirmedUsers", "confirmed_users", Integer::valueOf),
    COLLECTIONS("collections", "collections", Integer::valueOf),
    ITEMS("items", "items", Integer::valueOf),
    STATUS("status", "status", value -> value),
    CREATED_AT("createdAt", "created_at", value -> Timestamp.from(Instant.parse(value)));

    final String parameter;
    final String column;
    /** Turns the sort value kept in a continuation token back into the column's type. */
    final Function<String, Object> parse;

    ClientSort(String parameter, String column, Function<String, Object> parse) {
        this.parameter = parameter;
        this.column = column;
        this.parse = parse;
    }

    static ClientSort of(String parameter) {
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(parameter))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        "invalid-sort",
                        "sort",
                        "must be one of name, plan, seats, occupiedSeats, confirmedUsers, collections, items, status,"
                                + " createdAt"));
    }
}
