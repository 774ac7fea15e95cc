package io.providerportal.platform.axon;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs an action each time events appended in this JVM have been committed. */
final class LocalCommits {

    private LocalCommits() {}

    /**
     * Local events are published before their commit: the action runs once the commit has happened, the
     * database's own when the unit of work joined a larger transaction (a request's, with Idempotency-Key).
     */
    static void onEachCommit(EventStore store, Runnable action) {
        store.subscribe(events -> {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        action.run();
                    }
                });
            } else if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> action.run());
            } else {
                action.run();
            }
        });
    }
}
