package io.providerportal.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every read model must equal a fresh replay of the event store. The tables are those the query side's migrations
 * create; in a copy of the database they are emptied with the query side's tokens and dead letters, a query side
 * replays the store into them, and both databases are dumped, every row as its text form, sorted, table by table.
 */
final class ReplayComparison {

    /** The query side's key for signing chain heads: made once on first use, not derived from events. */
    static final Set<String> NOT_READ_MODELS = Set.of("audit_signing_key");

    static final String WRITE_STAMP = "revision";

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(\\w+)");
    private static final Pattern DROP_TABLE = Pattern.compile("(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final int SHOWN_DIFFERENCES = 10;

    private ReplayComparison() {}

    /** One table of both databases: its rows, and the rows each has that the other lacks. */
    record Table(String name, long originalRows, long replayRows, List<String> onlyOriginal, List<String> onlyReplay) {

        boolean equal() {
            return onlyOriginal.isEmpty() && onlyReplay.isEmpty() && originalRows == replayRows;
        }
    }

    static List<String> readModelTables(Path migrations) {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String sql = Files.readString(file).replaceAll("--[^\n]*", "");
                Matcher created = CREATE_TABLE.matcher(sql);
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase());
                }
                Matcher dropped = DROP_TABLE.matcher(sql);
                while (dropped.find()) {
                    tables.remove(dropped.group(1).toLowerCase());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tables.removeAll(NOT_READ_MODELS);
        if (tables.isEmpty()) {
            throw new IllegalStateException("no read-model tables in " + migrations);
        }
        return List.copyOf(tables);
    }

    /** Empties the read models and forgets the projections' progress, so the query side starts them from the first event. */
    static void reset(Connection copy, List<String> tables, List<String> projections) throws SQLException {
        try (Statement statement = copy.createStatement()) {
            statement.execute("truncate " + String.join(", ", tables));
        }
        for (String table : List.of("token_entry where processor_name", "dead_letter_entry where processing_group")) {
            try (PreparedStatement delete = copy.prepareStatement("delete from " + table + " = any(?)")) {
                delete.setArray(1, copy.createArrayOf("varchar", projections.toArray()));
                delete.executeUpdate();
            }
        }
    }

    /**
     * Every row of the tables as text, less the {@value #WRITE_STAMP} columns: the transaction that wrote a row
     * (what My Vault's deltas go by) is another in a replay, while what the row says is the same.
     */
    static Map<String, List<String>> dump(Connection db, List<String> tables) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            String row = "row(" + String.join(", ", columns(db, table)) + ")::text";
            try (Statement statement = db.createStatement();
                    ResultSet result = statement.executeQuery("select " + row + " from " + table + " order by 1")) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            dump.put(table, rows);
        }
        return dump;
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select quote_ident(column_name) from information_schema.columns
                where table_schema = current_schema() and table_name = ? and column_name <> ?
                order by ordinal_position
                """)) {
            query.setString(1, table);
            query.setString(2, WRITE_STAMP);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    columns.add(result.getString(1));
                }
            }
        }
        return columns;
    }

    static List<Table> compare(Map<String, List<String>> original, Map<String, List<String>> replay) {
        List<Table> tables = new ArrayList<>();
        original.forEach((name, rows) -> {
            List<String> replayed = replay.getOrDefault(name, List.of());
            tables.add(new Table(
                    name, rows.size(), replayed.size(), missingFrom(replayed, rows), missingFrom(rows, replayed)));
        });
        return tables;
    }

    /** The rows of {@code rows} that {@code other} lacks, counting repeated rows, the first few. */
    private static List<String> missingFrom(List<String> other, List<String> rows) {
        Map<String, Integer> left = new HashMap<>();
        other.forEach(row -> left.merge(row, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            Integer n = left.get(row);
            if (n == null || n == 0) {
                if (missing.size() < SHOWN_DIFFERENCES) {
                    missing.add(row);
                }
            } else {
                left.put(row, n - 1);
            }
        }
        return missing;
    }
}
