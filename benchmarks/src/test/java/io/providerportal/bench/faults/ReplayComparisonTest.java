package io.providerportal.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.bench.faults.ReplayComparison.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of read models with their replay sees every row that differs, and which tables it compares. */
class ReplayComparisonTest {

    @Test
    void equalTablesAreEqualWhateverTheirSize() {
        Table table = compare(List.of("(1,a)", "(2,b)"), List.of("(1,a)", "(2,b)"));

        assertThat(table.equal()).isTrue();
        assertThat(table.originalRows()).isEqualTo(2);
    }

    @Test
    void aChangedRowShowsOnBothSides() {
        Table table = compare(List.of("(1,a)", "(2,b)"), List.of("(1,a)", "(2,c)"));

        assertThat(table.equal()).isFalse();
        assertThat(table.onlyOriginal()).containsExactly("(2,b)");
        assertThat(table.onlyReplay()).containsExactly("(2,c)");
    }

    @Test
    void aMissingOrRepeatedRowIsADifference() {
        assertThat(compare(List.of("(1,a)", "(2,b)"), List.of("(1,a)")).onlyOriginal())
                .containsExactly("(2,b)");
        assertThat(compare(List.of("(1,a)"), List.of("(1,a)", "(1,a)")).onlyReplay())
                .containsExactly("(1,a)");
    }

    @Test
    void theQuerySidesMigrationsNameTheReadModels() {
        List<String> tables =
                ReplayComparison.readModelTables(Path.of("../query-side/src/main/resources/db/migration/query"));

        assertThat(tables)
                .contains("dashboard_client", "vault_item", "audit_entry", "audit_chain")
                .doesNotContain("audit_signing_key", "domain_event_entry", "token_entry");
    }

    @Test
    void aDroppedTableIsNoLongerCompared(@TempDir Path migrations) throws Exception {
        Files.writeString(
                migrations.resolve("V1__a.sql"),
                "-- create table in_a_comment (x int);\n" + "create table kept (x int);\ncreate table gone (x int);");
        Files.writeString(migrations.resolve("V2__b.sql"), "drop table if exists gone;");

        assertThat(ReplayComparison.readModelTables(migrations)).containsExactly("kept");
    }

    private static Table compare(List<String> original, List<String> replay) {
        return ReplayComparison.compare(Map.of("t", original), Map.of("t", replay))
                .get(0);
    }
}
