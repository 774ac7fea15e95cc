package io.providerportal.query.vault;

import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads of a vault that all see one state of it, with the revision of that state: the oldest transaction its
 * snapshot may not see. Every row the reads missed is stamped by that transaction or a later one, so that a delta
 * asking for {@code revision > since} finds it; what was written meanwhile and seen anyway is sent once more.
 */
@Component
class VaultSnapshots {

    private final TransactionTemplate readOnly;
    private final JdbcClient jdbc;

    VaultSnapshots(PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
    }

    /**
     * Runs the reads with the snapshot's revision. The isolation is set by a statement rather than on the
     * connection, which costs three more round trips to set and reset; the first query fixes the snapshot, so it
     * is this one.
     */
    void read(LongConsumer reads) {
        readOnly.executeWithoutResult(transaction -> {
            jdbc.sql("set transaction isolation level repeatable read").update();
            reads.accept(jdbc.sql("select cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint)")
                    .query(Long.class)
                    .single());
        });
    }
}
