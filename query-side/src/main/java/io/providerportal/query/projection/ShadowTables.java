package io.providerportal.query.projection;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fresh copies of a read model's tables that a rebuild fills, in a schema of their own, and the swap that puts
 * them in place of the live ones. Copies take the live tables' columns, defaults, constraints and indexes.
 */
@Component
class ShadowTables {

    static final String SCHEMA_PREFIX = "rebuild_";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ShadowTables(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    static String schemaOf(String projection) {
        return SCHEMA_PREFIX + projection.replaceAll("[^a-z0-9]", "_");
    }

    void create(String schema, List<String> tables) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
            jdbc.sql("create schema " + schema).update();
            tables.forEach(table -> jdbc.sql(
                            "create table %s.%s (like public.%s including all)".formatted(schema, table, table))
                    .update());
        });
    }

    /**
     * In one transaction: the copies replace the live tables, the live processor takes over the rebuild's tokens,
     * and its dead letters go (the rebuild handled every event). Waits at most ten seconds for readers to let go.
     */
    void swapIn(String schema, List<String> tables, String live, String rebuild) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local lock_timeout = '10s'").update();
            for (String table : tables) {
                jdbc.sql("drop table public." + table).update();
                jdbc.sql("alter table %s.%s set schema public".formatted(schema, table))
                        .update();
            }
            jdbc.sql("drop schema " + schema).update();
            jdbc.sql("delete from token_entry where processor_name = ?")
                    .param(live)
                    .update();
            // claimed for this JVM, whose live processor starts again at once: no other instance takes it over
            // with a position of its own in between
            jdbc.sql("update token_entry set processor_name = ?, owner = ?, timestamp = ? where processor_name = ?")
                    .params(
                            live,
                            ManagementFactory.getRuntimeMXBean().getName(),
                            Instant.now().toString(),
                            rebuild)
                    .update();
            jdbc.sql("delete from dead_letter_entry where processing_group = ?")
                    .param(live)
                    .update();
        });
    }

    void drop(String schema, String rebuild) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
            jdbc.sql("delete from token_entry where processor_name = ?")
                    .param(rebuild)
                    .update();
        });
    }

    /** What a rebuild cut short by a stop left behind: its schemas and tokens. */
    void dropLeftovers() {
        List<String> schemas = jdbc.sql("select nspname from pg_namespace where nspname like ?")
                .param(SCHEMA_PREFIX + "%")
                .query(String.class)
                .list();
        transaction.executeWithoutResult(status -> {
            schemas.forEach(
                    schema -> jdbc.sql("drop schema " + schema + " cascade").update());
            jdbc.sql("delete from token_entry where processor_name like ?")
                    .param("%" + Rebuild.SUFFIX)
                    .update();
        });
    }
}
