package io.providerportal.bench.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Grows the event store cheaply: one SQL statement appends {@code count} {@code GroupRenamed} events (revision 1,
 * the current one) of one synthetic organization that never existed, as Axon's JPA store would have written them:
 * global index from {@code domain_event_entry_seq}, a fresh event id, an Axon-formatted UTC timestamp, the JSON
 * payload, empty metadata, aggregate type {@code Organization} and sequence numbers 0..count-1.
 */
final class SyntheticEvents implements AutoCloseable {

    static final String INSERT = """
            insert into domain_event_entry (global_index, event_identifier, time_stamp, payload_type,
                                            payload_revision, payload, meta_data, type, aggregate_identifier,
                                            sequence_number)
            select nextval('domain_event_entry_seq'), gen_random_uuid()::text,
                   to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                   'io.providerportal.events.organization.GroupRenamed', '1',
                   convert_to(json_build_object('organizationId', ?::text, 'groupId', ?::text,
                                                'name', 'Group ' || n)::text, 'UTF8'),
                   convert_to('{}', 'UTF8'), 'Organization', ?, n
            from generate_series(0, ? - 1) as n
            """;

    private final Connection connection;

    SyntheticEvents(String url, String user, String password) throws SQLException {
        // The test suite's database is rebuilt by every test run and must never hold a benchmark's events.
        if (url.matches(".*/test(\\?.*)?$")) {
            throw new IllegalArgumentException("refusing to seed the test database; use a database of its own");
        }
        this.connection = DriverManager.getConnection(url, user, password);
    }

    long count() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from domain_event_entry");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Appends the events in one transaction (autocommit), so projections see all of them or none. */
    void append(long count) throws SQLException {
        UUID organization = UUID.randomUUID();
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, organization.toString());
            statement.setString(2, UUID.randomUUID().toString());
            statement.setString(3, organization.toString());
            statement.setLong(4, count);
            statement.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
