package io.providerportal.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Each part of the schema (Axon's tables, command-side tables, read models) is one Flyway migration set with its
 * own history table, so the two sides can be deployed together or apart against the same database and each
 * migrates only what it owns.
 */
public final class Migrations {

    private Migrations() {}

    /** Migrations under {@code classpath:db/migration/<set>}, recorded in {@code flyway_history_<set>}. */
    public static Flyway of(DataSource dataSource, String set) {
        return Flyway.configure()
                .dataSource(dataSource)
                .table("flyway_history_" + set)
                .locations("classpath:db/migration/" + set)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
