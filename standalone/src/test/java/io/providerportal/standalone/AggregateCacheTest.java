package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.command.vault.VaultItemCommands.PlaceItem;
import io.providerportal.command.vault.VaultItemCommands.Placement;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The aggregate cache holds committed state only: a command whose unit of work committed inside a larger
 * transaction that then rolled back (as a request with an Idempotency-Key does when its answer cannot be kept)
 * leaves nothing behind, and the next command continues the stream as the database has it.
 */
@PortalTest
class AggregateCacheTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Cache aggregateCache;

    @Test
    void aCommandUndoneByItsOuterTransactionLeavesNoTraceInTheCache() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        ColdClient user = api.signUp("Cached");
        UUID item = api.createdId(
                api.post("/items", user.token(), Items.login(user.userKey(), "site", "user", "password")));
        assertThat(aggregateCache.containsKey(item.toString()))
                .as("cached once committed")
                .isTrue();

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            commands.sendAndWait(new PlaceItem(item, user.userId(), new Placement(null, true)));
            assertThat(aggregateCache.containsKey(item.toString()))
                    .as("not cached while uncommitted")
                    .isFalse();
            transaction.setRollbackOnly();
        });
        assertThat(aggregateCache.containsKey(item.toString())).isFalse();
        assertThat(eventsOf(item)).containsExactly("VaultItemCreated");

        api.put("/items/" + item + "/partial", user.token(), Map.of("favorite", true))
                .andExpect(status().isNoContent());

        assertThat(eventsOf(item))
                .as("the favourite is set once, right after the creation")
                .containsExactly("VaultItemCreated", "VaultItemFavoriteSet");
        assertThat(aggregateCache.containsKey(item.toString())).isTrue();
    }

    /** The item's event types in stream order, each sequence number exactly once from 0. */
    private List<String> eventsOf(UUID aggregate) {
        List<Map<String, Object>> rows =
                jdbc.sql("""
                select sequence_number, payload_type from domain_event_entry
                where aggregate_identifier = ? order by sequence_number
                """).param(aggregate.toString()).query().listOfRows();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(((Number) rows.get(i).get("sequence_number")).intValue()).isEqualTo(i);
        }
        return rows.stream()
                .map(row -> row.get("payload_type").toString())
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }
}
