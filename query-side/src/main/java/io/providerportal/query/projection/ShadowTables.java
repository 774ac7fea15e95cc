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

    void create(String schema, List<String> tables, List<String> writeOnly) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
            jdbc.sql("create schema " + schema).update();
            tables.forEach(table -> jdbc.sql("create table %s.%s (like public.%s including all)"
                    .formatted(schema, table, table)).update());
            writeOnly.forEach(table -> otherIndexes(schema, table).forEach(index -> jdbc.sql(
                    "drop index %s.%s".formatted(schema, index.name())).update()));
        });
    }

    /** The indexes of write-only tables that {@link #create} left out, as the live tables have them (names too). */
    void buildOtherIndexes(String schema, List<String> writeOnly) {
        writeOnly.forEach(table -> otherIndexes("public", table).forEach(index -> jdbc.sql(
                index.definition().replace(" ON public." + table + " ", " ON %s.%s ".formatted(schema, table)))
                .update()));
    }

    private record Index(String name, String definition) {
    }

    /** A table's indexes that no constraint stands on (primary keys and unique constraints keep theirs). */
    private List<Index> otherIndexes(String schema, String table) {
        return jdbc.sql("""
                select i.indexname, i.indexdef from pg_indexes i
                where i.schemaname = ? and i.tablename = ?
                  and not exists (select 1 from pg_constraint c
                                  where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
                """).params(schema, table)
                .query((rs, n) -> new Index(rs.getString(1), rs.getString(2))).list();
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
                jdbc.sql("alter table %s.%s set schema public".formatted(schema, table)).update();
            }
            jdbc.sql("drop schema " + schema).update();
            jdbc.sql("delete from token_entry where processor_name = ?").param(live).update();
            // claimed for this JVM, whose live processor starts again at once: no other instance takes it over
            // with a position of its own in between
            jdbc.sql("update token_entry set processor_name = ?, owner = ?, timestamp = ? where processor_name = ?")
                    .params(live, ManagementFactory.getRuntimeMXBean().getName(), Instant.now().toString(), rebuild)
                    .update();
            jdbc.sql("delete from dead_letter_entry where processing_group = ?").param(live).update();
        });
    }

    void drop(String schema, String rebuild) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
            jdbc.sql("delete from token_entry where processor_name = ?").param(rebuild).update();
        });
    }

    /** What a rebuild cut short by a stop left behind: its schemas and tokens. */
    void dropLeftovers() {
        List<String> schemas = jdbc.sql("select nspname from pg_namespace where nspname like ?")
                .param(SCHEMA_PREFIX + "%").query(String.class).list();
        transaction.executeWithoutResult(status -> {
            schemas.forEach(schema -> jdbc.sql("drop schema " + schema + " cascade").update());
            jdbc.sql("delete from token_entry where processor_name like ?").param("%" + Rebuild.SUFFIX).update();
        });
    }
}
