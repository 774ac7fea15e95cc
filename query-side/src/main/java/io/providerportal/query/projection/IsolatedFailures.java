package io.providerportal.query.projection;

import java.sql.Connection;
import java.sql.Savepoint;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the dead-letter queue park an event whose handler failed in the database. PostgreSQL aborts the whole
 * transaction on a failed statement, so the dead letter could not be written in it and the batch would be retried
 * forever, stopping the projection for every tenant. After a handler of a {@link ReadModel} fails, that read model's
 * next events each run under a savepoint: when the batch is retried, the failing event's statements are rolled back
 * alone and the event is parked in the same transaction. Savepoints cost a round trip each, so healthy projections
 * run without them.
 */
@Component
public class IsolatedFailures implements HandlerEnhancerDefinition {

    /** How many events of a read model run under savepoints after one of its handlers failed: two batches. */
    private static final int CAREFUL_EVENTS = 200;

    private static final ThreadLocal<Boolean> ALWAYS = ThreadLocal.withInitial(() -> false);
    private static final ThreadLocal<Boolean> SAVEPOINTED = ThreadLocal.withInitial(() -> false);

    private final DataSource dataSource;
    private final Map<Class<?>, AtomicInteger> careful = new ConcurrentHashMap<>();

    IsolatedFailures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the task (dead letters being retried) with every read-model handler under a savepoint. */
    public static <T> T always(Callable<T> task) throws Exception {
        ALWAYS.set(true);
        try {
            return task.call();
        } finally {
            ALWAYS.remove();
        }
    }

    /**
     * Whether the handler now running has a savepoint of its own: a read model that defers its writes to the end of
     * the batch writes at once then, so that a failing write fails its own event.
     */
    public static boolean isolating() {
        return SAVEPOINTED.get();
    }

    /** Runs the read model's next events under savepoints: for a failure found after its handlers returned. */
    public void isolateNext(Class<?> readModel) {
        careful.put(readModel, new AtomicInteger(CAREFUL_EVENTS));
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        Class<?> readModel = original.declaringClass();
        if (!readModel.isAnnotationPresent(ReadModel.class) || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!isolating(readModel)) {
                    try {
                        return super.handle(message, target);
                    } catch (Exception e) {
                        isolateNext(readModel);
                        throw e;
                    }
                }
                return underSavepoint(() -> super.handle(message, target));
            }
        };
    }

    private boolean isolating(Class<?> readModel) {
        if (ALWAYS.get()) {
            return true;
        }
        AtomicInteger left = careful.get(readModel);
        if (left == null) {
            return false;
        }
        if (left.decrementAndGet() <= 0) {
            careful.remove(readModel, left);
        }
        return true;
    }

    private Object underSavepoint(Callable<Object> handler) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return handler.call();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            SAVEPOINTED.set(true);
            try {
                Object result = handler.call();
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (Exception e) {
                connection.rollback(savepoint);
                throw e;
            } finally {
                SAVEPOINTED.remove();
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
