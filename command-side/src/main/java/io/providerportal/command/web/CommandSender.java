package io.providerportal.command.web;

import io.providerportal.platform.PortalHeaders;
import io.providerportal.platform.axon.AppendedPositions;
import io.providerportal.platform.axon.EventLog;
import io.providerportal.platform.web.PortalException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a command and answers the global position of the last event it produced, which clients hand back to the
 * query side ({@link PortalHeaders#MIN_POSITION}) to read their own writes.
 */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final EventLog events;
    private final TransactionTemplate eachOnItsOwn;

    CommandSender(CommandGateway gateway, EventLog events, PlatformTransactionManager transactions) {
        this.gateway = gateway;
        this.events = events;
        // a bulk item's refusal must not undo the others, even inside a request's transaction (Idempotency-Key)
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The outcome of one item of a bulk request: {@code error} is the rejection's code, or null on success. */
    public record BulkResult(UUID id, String error) {}

    /** Sends and waits; answers a position at or past the command's events once they are committed. */
    public long send(Object command) {
        gateway.sendAndWait(command);
        return position();
    }

    /**
     * As {@link #send(Object)}, answering {@code missing} when the target aggregate does not exist or no longer
     * does, so that a resource the caller may not see and one that never existed look the same.
     */
    public long send(Object command, Supplier<? extends PortalException> missing) {
        sendForResult(command, missing);
        return position();
    }

    /** Sends and waits; answers what the command handler returned. */
    public <R> R sendForResult(Object command) {
        return gateway.sendAndWait(command);
    }

    /** As {@link #sendForResult(Object)}, answering {@code missing} as {@link #send(Object, Supplier)} does. */
    public <R> R sendForResult(Object command, Supplier<? extends PortalException> missing) {
        try {
            return gateway.sendAndWait(command);
        } catch (RuntimeException e) {
            throw missingAggregate(e) ? missing.get() : e;
        }
    }

    /** Sends one command per item, each on its own, and reports per item; one rejection stops no other. */
    public <T> ResponseEntity<List<BulkResult>> bulk(List<T> items, Function<T, UUID> id, Function<T, Object> command) {
        // the commands first: the position must be read after them
        List<BulkResult> results = sendEach(items, id, item -> gateway.sendAndWait(command.apply(item)));
        return ok(position(), results);
    }

    public ResponseEntity<List<BulkResult>> bulk(List<UUID> ids, Function<UUID, Object> command) {
        return bulk(ids, Function.identity(), command);
    }

    /** As {@link #bulk(List, Function)}, each command to the aggregate of its id; see {@code missing}. */
    public ResponseEntity<List<BulkResult>> bulk(
            List<UUID> aggregates, Supplier<? extends PortalException> missing, Function<UUID, Object> command) {
        List<BulkResult> results =
                sendEach(aggregates, Function.identity(), id -> sendForResult(command.apply(id), missing));
        return ok(position(), results);
    }

    private <T> List<BulkResult> sendEach(List<T> items, Function<T, UUID> id, Function<T, Object> command) {
        return items.stream()
                .map(item -> {
                    try {
                        eachOnItsOwn.execute(transaction -> command.apply(item));
                        return new BulkResult(id.apply(item), null);
                    } catch (RuntimeException e) {
                        return new BulkResult(
                                id.apply(item),
                                PortalException.causeOf(e)
                                        .map(PortalException::code)
                                        .orElseThrow(() -> e));
                    }
                })
                .toList();
    }

    private static boolean missingAggregate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AggregateNotFoundException) {
                return true;
            }
        }
        return false;
    }

    public <T> ResponseEntity<T> ok(long position, T body) {
        return ResponseEntity.ok()
                .header(PortalHeaders.POSITION, Long.toString(position))
                .body(body);
    }

    public <T> ResponseEntity<T> created(URI location, long position, T body) {
        return ResponseEntity.created(location)
                .header(PortalHeaders.POSITION, Long.toString(position))
                .body(body);
    }

    public ResponseEntity<Void> done(long position) {
        return ResponseEntity.noContent()
                .header(PortalHeaders.POSITION, Long.toString(position))
                .build();
    }

    /**
     * The position of the newest event the commands of this request appended, where the storage engine tells it
     * (the database's event table); otherwise the newest stored event's, read after the command, which is at or past
     * its own events (Axon Server's positions have no gaps).
     */
    public long position() {
        return AppendedPositions.take().orElseGet(events::head);
    }
}
