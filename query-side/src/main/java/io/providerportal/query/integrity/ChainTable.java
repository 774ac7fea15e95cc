package io.providerportal.query.integrity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code audit_chain}: one link per chained event, keyed by the event's global position. */
@Component
class ChainTable {

    /** The link of the event at a position. */
    record Link(long position, byte[] hash) {

        /** What stands before the first event of a store whose positions start at {@code first}: 32 zero bytes. */
        static Link beforeFirst(long first) {
            return new Link(first - 1, HashChain.GENESIS);
        }

        String hex() {
            return HashChain.hex(hash);
        }
    }

    private final JdbcClient jdbc;

    ChainTable(DataSource dataSource) {
        this.jdbc = StoredRows.cursor(dataSource);
    }

    Optional<Link> head() {
        return jdbc.sql("select position, link from audit_chain order by position desc limit 1")
                .query((rs, i) -> new Link(rs.getLong("position"), rs.getBytes("link")))
                .optional();
    }

    /** The head, locked until the transaction ends, so that whoever extends the chain extends the newest link. */
    Optional<Link> lockHead() {
        return jdbc.sql("select position, link from audit_chain order by position desc limit 1 for update")
                .query((rs, i) -> new Link(rs.getLong("position"), rs.getBytes("link")))
                .optional();
    }

    /** Every link up to a position, in order; close the stream. */
    Stream<Link> upTo(long position) {
        return jdbc
                .sql("select position, link from audit_chain where position <= ? order by position")
                .param(position)
                .query((rs, i) -> new Link(rs.getLong("position"), rs.getBytes("link")))
                .stream();
    }

    void append(List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        jdbc.sql("insert into audit_chain (position, link) select * from unnest(?::bigint[], ?::bytea[])")
                .params(
                        links.stream().map(Link::position).toArray(Long[]::new),
                        links.stream().map(Link::hash).toArray(byte[][]::new))
                .update();
    }
}
