package io.providerportal.query.projection;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a read model gathers over a batch of events and sends to the database once, when the batch commits: one
 * statement for a batch, not one per event. Where a failure must stay one event's own (the batch re-run with a
 * savepoint per event after a failure, a dead letter retried) each event's writes go out at once; a batch whose
 * gathered write fails is re-run that way, so that only the failing event is parked.
 *
 * @param <T> what one batch gathers, such as the rows to insert
 */
public final class PerBatch<T> {

    private final String key;
    private final Class<?> readModel;
    private final IsolatedFailures failures;
    private final Supplier<T> empty;
    private final Consumer<T> write;

    /** One for each read model that gathers writes. */
    public PerBatch(Class<?> readModel, IsolatedFailures failures, Supplier<T> empty, Consumer<T> write) {
        this.key = PerBatch.class.getName() + ":" + readModel.getName();
        this.readModel = readModel;
        this.failures = failures;
        this.empty = empty;
        this.write = write;
    }

    /** Adds an event's writes to its batch's. */
    public void add(Consumer<T> writes) {
        if (!CurrentUnitOfWork.isStarted() || IsolatedFailures.isolating()) {
            T now = empty.get();
            writes.accept(now);
            write.accept(now);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        writes.accept(batch.getOrComputeResource(key, ignored -> {
            batch.onPrepareCommit(unitOfWork -> flush());
            return empty.get();
        }));
    }

    /** Sends what the batch has gathered so far: before a change the gathered writes must not see. */
    public void flush() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        @SuppressWarnings("unchecked")
        T gathered = (T) CurrentUnitOfWork.get().root().resources().remove(key);
        if (gathered == null) {
            return;
        }
        try {
            write.accept(gathered);
        } catch (RuntimeException e) {
            failures.isolateNext(readModel);
            throw e;
        }
    }
}
