package io.providerportal.query.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Rows a projection writes with one statement per batch of events instead of one per event: they are kept in the
 * processor's unit of work and written when it prepares to commit, in the transaction that stores its token. A rollback
 * drops them with the unit of work, so nothing outlives the batch. Where a failure must stay with its event (a
 * handler under a savepoint after a failure, or no unit of work) each row is written at once; a batch whose write
 * fails makes its read model's next events run that way, so that the retry can park the event that fails.
 */
@Component
public class BatchedWrites {

    private final IsolatedFailures failures;

    BatchedWrites(IsolatedFailures failures) {
        this.failures = failures;
    }

    /** A kind of row of a read model, written by {@code write} with every row of the batch, in event order. */
    public <R> Batch<R> batch(Class<?> readModel, String name, Consumer<List<R>> write) {
        return new Batch<>(readModel, readModel.getName() + "#" + name, write);
    }

    public final class Batch<R> {

        private final Class<?> readModel;
        private final String key;
        private final Consumer<List<R>> write;

        private Batch(Class<?> readModel, String key, Consumer<List<R>> write) {
            this.readModel = readModel;
            this.key = key;
            this.write = write;
        }

        public void add(R row) {
            if (!CurrentUnitOfWork.isStarted()) {
                write.accept(List.of(row));
            } else if (IsolatedFailures.isolated()) {
                // rows kept before this handler became isolated go first, to keep the events' order
                flush();
                write.accept(List.of(row));
            } else {
                pending().add(row);
            }
        }

        /** Writes what the batch holds so far, for a statement that must come after it. */
        public void flush() {
            if (CurrentUnitOfWork.isStarted()) {
                writeOut(pending());
            }
        }

        private List<R> pending() {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            return root.getOrComputeResource(key, ignored -> {
                List<R> rows = new ArrayList<>();
                root.onPrepareCommit(unitOfWork -> writeOut(rows));
                return rows;
            });
        }

        private void writeOut(List<R> rows) {
            if (rows.isEmpty()) {
                return;
            }
            List<R> batch = List.copyOf(rows);
            rows.clear();
            try {
                write.accept(batch);
            } catch (RuntimeException e) {
                failures.failedInBatch(readModel);
                throw e;
            }
        }
    }
}
