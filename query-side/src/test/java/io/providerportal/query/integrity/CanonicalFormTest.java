package io.providerportal.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.providerportal.query.integrity.StoredEvents.StoredEvent;
import io.providerportal.query.support.TestTokens;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The canonical form as docs/operations.md gives it to auditors, in SQL, is the one the chain hashes. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestTokens.class)
class CanonicalFormTest {

    /** The two statements of {@code canonical.sql} in docs/operations.md. */
    static final String FIELD_FUNCTION = """
            create or replace function pg_temp.field(value bytea) returns bytea language sql immutable
                as $$ select coalesce(int4send(length(value)) || value, int4send(-1)) $$
            """;

    static final String CANONICAL_EVENTS = """
            select encode(pg_temp.field(int8send(global_index)) || pg_temp.field(convert_to(event_identifier, 'UTF8'))
                || pg_temp.field(convert_to(aggregate_identifier, 'UTF8')) || pg_temp.field(int8send(sequence_number))
                || pg_temp.field(convert_to(type, 'UTF8')) || pg_temp.field(convert_to(payload_type, 'UTF8'))
                || pg_temp.field(convert_to(payload_revision, 'UTF8')) || pg_temp.field(convert_to(time_stamp, 'UTF8'))
                || pg_temp.field(payload) || pg_temp.field(meta_data), 'hex')
            from domain_event_entry where global_index <= :position order by global_index
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    StoredEvents events;

    @Autowired
    ChainTable chain;

    @Test
    void theDocumentedSqlGivesTheBytesAndTheLinksTheChainHas() {
        // As far as the chain has come: it may wait at a write that rolled back until later events settle it.
        await().atMost(Duration.ofSeconds(150)).until(() -> chain.head().isPresent());

        transaction.executeWithoutResult(status -> {
            ChainTable.Link head = chain.head().orElseThrow();
            jdbc.sql(FIELD_FUNCTION).update();
            List<byte[]> documented =
                    jdbc.sql(CANONICAL_EVENTS).param("position", head.position()).query(String.class).stream()
                            .map(HexFormat.of()::parseHex)
                            .toList();

            try (Stream<StoredEvent> rows = events.between(Long.MIN_VALUE, head.position())) {
                assertThat(rows.map(StoredEvent::canonical)).containsExactlyElementsOf(documented);
            }
            byte[] link = HashChain.GENESIS;
            for (byte[] event : documented) {
                link = HashChain.next(link, event);
            }
            assertThat(HashChain.hex(link)).isEqualTo(head.hex());
        });
    }
}
