package io.providerportal.query.integrity;

import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database's event rows as stored, read through a cursor: within a transaction the driver fetches
 * {@value #FETCH_SIZE} rows at a time. Read from the row, never from the deserialized event, so that an edit of the
 * stored bytes cannot hide behind serialization or upcasting.
 */
final class StoredRows implements StoredEvents {

    static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;

    StoredRows(DataSource dataSource) {
        this.jdbc = cursor(dataSource);
    }

    @Override
    public Stream<StoredEvent> between(long after, long upTo) {
        return jdbc
                .sql("select " + CanonicalEvent.COLUMNS + """
                 from domain_event_entry where global_index > ? and global_index <= ? order by global_index
                """)
                .params(after, upTo)
                .query((rs, i) -> new StoredEvent(
                        rs.getLong("global_index"), rs.getString("time_stamp"), CanonicalEvent.ofRow(rs)))
                .stream();
    }

    @Override
    public Optional<String> timeStampAtOrBefore(long position) {
        return jdbc.sql("""
                select time_stamp from domain_event_entry where global_index <= ? order by global_index desc limit 1
                """).param(position).query(String.class).optional();
    }

    /** Axon's sequence for the event table starts at 1. */
    @Override
    public long firstPosition() {
        return 1;
    }

    @Override
    public long lastPosition() {
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
