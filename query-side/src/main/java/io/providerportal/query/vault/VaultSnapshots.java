package io.providerportal.query.vault;

import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads of a vault that all see one state of it, with the revision of that state: the oldest transaction its
 * snapshot may not see. Every row the reads missed is stamped by that transaction or a later one, so that a delta
 * asking for {@code revision > since} finds it; what was written meanwhile and seen anyway is sent once more.
 */
@Component
class VaultSnapshots {

    private final TransactionTemplate repeatableRead;
    private final JdbcClient jdbc;

    VaultSnapshots(PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.repeatableRead = new TransactionTemplate(transactions);
        this.repeatableRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.repeatableRead.setReadOnly(true);
        this.jdbc = jdbc;
    }

    /** Runs the reads with the snapshot's revision; the first statement fixes the snapshot, so it is this one. */
    void read(LongConsumer reads) {
        repeatableRead.executeWithoutResult(transaction ->
                reads.accept(jdbc.sql("select cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint)")
                        .query(Long.class)
                        .single()));
    }
}
