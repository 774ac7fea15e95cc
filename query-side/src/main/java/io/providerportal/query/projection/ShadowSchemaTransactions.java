package io.providerportal.query.projection;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rebuild processor's transactions: each puts the shadow schema first on the search path, for that transaction
 * only, so the projection's unqualified table names reach the copies while Axon's own tables stay where they are.
 */
record ShadowSchemaTransactions(TransactionManager delegate, JdbcClient jdbc, String schema)
        implements TransactionManager {

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        jdbc.sql("select set_config('search_path', ?, true)")
                .param(schema + ", public")
                .query(String.class)
                .single();
        return transaction;
    }
}
