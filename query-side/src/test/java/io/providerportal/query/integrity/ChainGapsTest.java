package io.providerportal.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.query.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic rows far past the real log, in a transaction that is rolled back: nobody else ever sees them. Their
 * time stamps lie a day ahead, so the real log's own gaps count as settled and only the synthetic ones matter.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestTokens.class)
class ChainGapsTest {

    private static final long FAR = 1_000_000_000_000L;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuditChainProjection projection;

    @Autowired
    ChainTable chain;

    Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aMissingPositionHoldsTheChainUntilAnEventAMinuteYoungerThanTheOneAfterIt() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // given: FAR + 3 is missing
            store(FAR + 1, start);
            store(FAR + 2, start.plusSeconds(100));
            store(FAR + 4, start.plusSeconds(120));

            // when, then: it may still commit
            projection.extendTo(FAR + 4);
            assertThat(chain.head().orElseThrow().position()).isEqualTo(FAR + 2);

            // when, then: an event stamped 60 s after FAR + 4 settles it as a write that rolled back
            store(FAR + 5, start.plusSeconds(180));
            projection.extendTo(FAR + 5);
            assertThat(chain.head().orElseThrow().position()).isEqualTo(FAR + 5);
            assertThat(jdbc.sql("select count(*) from audit_chain where position = ?")
                            .param(FAR + 3)
                            .query(Long.class)
                            .single())
                    .isZero();
        });
    }

    private void store(long position, Instant stamped) {
        jdbc.sql("""
                insert into domain_event_entry (global_index, event_identifier, time_stamp, payload_type, payload,
                                                aggregate_identifier, sequence_number)
                values (?, ?, ?, 'Synthetic', '{}'::bytea, ?, 0)
                """)
                .params(
                        position,
                        UUID.randomUUID().toString(),
                        stamped.toString(),
                        UUID.randomUUID().toString())
                .update();
    }
}
