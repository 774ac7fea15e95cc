package io.providerportal.query.integrity;

import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event store's rows as stored, in global order, read through a cursor: within a transaction the driver
 * fetches {@value #FETCH_SIZE} rows at a time, so a walk over the whole log holds only one such batch in memory.
 */
@Component
class StoredEvents {

    /** One row: where it is, when it was stamped, and its canonical bytes. */
    record StoredEvent(long position, String timeStamp, byte[] canonical) {}

    static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;

    StoredEvents(DataSource dataSource) {
        this.jdbc = cursor(dataSource);
    }

    /** Rows after one position up to another, in order; close the stream. */
    Stream<StoredEvent> between(long after, long upTo) {
        return jdbc
                .sql("select " + CanonicalEvent.COLUMNS + """
                 from domain_event_entry where global_index > ? and global_index <= ? order by global_index
                """)
                .params(after, upTo)
                .query((rs, i) ->
                        new StoredEvent(rs.getLong("global_index"), rs.getString("time_stamp"), CanonicalEvent.of(rs)))
                .stream();
    }

    /** The time stamp of the last row at or before a position. */
    Optional<String> timeStampAtOrBefore(long position) {
        return jdbc.sql("""
                select time_stamp from domain_event_entry where global_index <= ? order by global_index desc limit 1
                """).param(position).query(String.class).optional();
    }

    long lastPosition() {
        return jdbc.sql("select coalesce(max(global_index), 0) from domain_event_entry")
                .query(Long.class)
                .single();
    }

    static JdbcClient cursor(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        return JdbcClient.create(template);
    }
}
