package io.providerportal.platform.axon;

import java.util.OptionalLong;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The place in the store of the newest event this thread appended, for the answer to the write that appended it.
 * The head of the store read after a write can stand past the write's own event while that event is still a gap in
 * a processor's token (it committed after a later one the processor had already read): a read waiting for the head
 * would then see the store without the write. Positions of a transaction that rolls back are forgotten with it.
 */
public final class AppendedPositions {

    private static final ThreadLocal<Long> NEWEST = new ThreadLocal<>();
    private static final Object IN_TRANSACTION = new Object();

    private AppendedPositions() {}

    /** Called by the storage engine once the event has its position. */
    public static void appended(long position) {
        Long before = NEWEST.get();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(IN_TRANSACTION)) {
            TransactionSynchronizationManager.bindResource(IN_TRANSACTION, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(IN_TRANSACTION);
                    if (status != STATUS_COMMITTED) {
                        NEWEST.set(before);
                    }
                }
            });
        }
        NEWEST.set(before == null ? position : Math.max(before, position));
    }

    /** The newest position appended on this thread since the last call, if the storage engine tells positions. */
    public static OptionalLong take() {
        Long newest = NEWEST.get();
        NEWEST.remove();
        return newest == null ? OptionalLong.empty() : OptionalLong.of(newest);
    }
}
