package io.providerportal.query.projection;

import io.providerportal.platform.axon.WakeUpEventSource;
import io.providerportal.platform.web.ConflictException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;
import io.providerportal.query.projection.RebuildProgress.State;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Blue/green rebuilds. A second processor replays every event into fresh copies of the projection's tables while
 * the live processor and its tables keep serving reads (and read-your-writes). When the copy has caught up with the
 * live processor, both stop for a moment, the copies replace the live tables in one transaction, and the live
 * processor goes on from the rebuild's position. An event the rebuild cannot handle gives the rebuild up and leaves
 * the live tables as they were. A rebuild runs in the JVM that was asked for it, which must be the one processing
 * the projection; one cut short by a stop is cleaned away at the next start.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final long WATCH_MILLIS = 100;
    /** Events per transaction of a rebuild: each commit waits for the disk, which bounded a rebuild at 100. */
    private static final int BATCH_SIZE = 1_000;

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final WakeUpEventSource events;
    private final JdbcClient jdbc;
    private final ShadowTables shadows;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    ProjectionRebuilds(
            EventProcessingConfiguration processing,
            TokenStore tokenStore,
            TransactionManager transactions,
            @Qualifier("portalEventSource") WakeUpEventSource events,
            JdbcClient jdbc,
            ShadowTables shadows) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.events = events;
        this.jdbc = jdbc;
        this.shadows = shadows;
    }

    @EventListener(ApplicationReadyEvent.class)
    void dropLeftovers() {
        shadows.dropLeftovers();
    }

    public Optional<RebuildProgress> progress(String projection, long head) {
        return Optional.ofNullable(rebuilds.get(projection)).map(rebuild -> rebuild.progress(head));
    }

    public RebuildProgress start(String projection, long head) {
        StreamingEventProcessor live = processing
                .eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("projection.not-found", "No such projection."));
        List<EventMessageHandler> handlers = handlers(live);
        int segments = transactions.fetchInTransaction(() -> tokenStore.fetchSegments(projection)).length;
        if (live.processingStatus().size() < segments) {
            throw new ConflictException(
                    "projection.processed-elsewhere",
                    "Another instance processes this projection now: ask that one to rebuild it.");
        }
        List<String> tables = handlers.stream()
                .flatMap(handler -> Arrays.stream(tablesOf(handler)))
                .toList();
        Rebuild rebuild = new Rebuild(projection, tables);
        Rebuild previous = rebuilds.compute(
                projection, (name, current) -> current != null && current.running() ? current : rebuild);
        if (previous != rebuild) {
            throw new ConflictException("projection.rebuild-running", "This projection is being rebuilt already.");
        }
        try {
            shadows.create(rebuild.schema, tables);
            PooledStreamingEventProcessor processor = processor(rebuild, handlers);
            rebuild.runBy(processor);
            ScheduledExecutorService watcher = rebuild.own(Executors.newSingleThreadScheduledExecutor(
                    runnable -> new Thread(runnable, rebuild.processorName() + "-watch")));
            // Starting claims the rebuild's tokens, which may wait on the database: not on the request's thread.
            watcher.execute(() -> {
                try {
                    processor.start();
                } catch (RuntimeException e) {
                    rebuild.failed(e.toString());
                }
            });
            watcher.scheduleWithFixedDelay(
                    () -> watch(rebuild, live), WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            abandon(rebuild, e.toString());
            throw e;
        }
        return rebuild.progress(head);
    }

    /** The live processor's handlers; only projections marked {@link ReadModel} are rebuilt. */
    private static List<EventMessageHandler> handlers(StreamingEventProcessor live) {
        List<EventMessageHandler> handlers = live instanceof AbstractEventProcessor processor
                ? handlers(processor.eventHandlerInvoker())
                : List.of();
        if (handlers.isEmpty() || !handlers.stream().allMatch(handler -> tablesOf(handler).length > 0)) {
            throw new RuleViolationException(
                    "projection.not-rebuildable",
                    "Only read models are rebuilt: this processor performs side effects or keeps no tables.");
        }
        return handlers;
    }

    private static List<EventMessageHandler> handlers(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            return multi.delegates().stream()
                    .flatMap(delegate -> handlers(delegate).stream())
                    .toList();
        }
        return invoker instanceof SimpleEventHandlerInvoker simple ? simple.eventHandlers() : List.of();
    }

    private static String[] tablesOf(EventMessageHandler handler) {
        if (handler instanceof AnnotationEventHandlerAdapter adapter) {
            ReadModel readModel = adapter.getTargetType().getAnnotation(ReadModel.class);
            return readModel == null ? new String[0] : readModel.tables();
        }
        return new String[0];
    }

    private PooledStreamingEventProcessor processor(Rebuild rebuild, List<EventMessageHandler> handlers) {
        String name = rebuild.processorName();
        return PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(handlers)
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                        .build())
                .errorHandler(error -> {
                    rebuild.failed("%s at %s: %s"
                            .formatted(
                                    error.failedEvents().isEmpty()
                                            ? "a batch"
                                            : error.failedEvents()
                                                    .get(0)
                                                    .getPayloadType()
                                                    .getSimpleName(),
                                    error.eventProcessor(),
                                    error.error()));
                    PropagatingErrorHandler.INSTANCE.handleError(error);
                })
                .messageSource(events)
                .tokenStore(tokenStore)
                .transactionManager(new ShadowSchemaTransactions(transactions, jdbc, rebuild.schema))
                .coordinatorExecutor(rebuild.own(
                        new PromptCoordinatorThread(runnable -> new Thread(runnable, name + "-coordinator"))))
                .workerExecutor(rebuild.own(
                        Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, name + "-worker"))))
                .initialSegmentCount(1)
                .batchSize(BATCH_SIZE)
                .initialToken(source -> source.createTailToken())
                .build();
    }

    private void watch(Rebuild rebuild, StreamingEventProcessor live) {
        try {
            if (!rebuild.running()) {
                return;
            }
            if (rebuild.failure() != null) {
                abandon(rebuild, rebuild.failure());
            } else if (Rebuild.caughtUp(rebuild.position(), live)) {
                swap(rebuild, live);
            }
        } catch (RuntimeException e) {
            abandon(rebuild, e.toString());
        }
    }

    private void swap(Rebuild rebuild, StreamingEventProcessor live) {
        rebuild.switching();
        live.shutDown();
        long position = rebuild.position();
        rebuild.processor().shutDown();
        try {
            shadows.swapIn(rebuild.schema, rebuild.tables, rebuild.projection, rebuild.processorName());
            rebuild.finish(State.DONE, position);
            log.info("Projection {} rebuilt up to position {}", rebuild.projection, position);
        } catch (RuntimeException e) {
            rebuild.failed(e.toString());
            abandon(rebuild, e.toString());
        } finally {
            live.start();
        }
    }

    private void abandon(Rebuild rebuild, String why) {
        rebuild.failed(why);
        long position = rebuild.position();
        if (rebuild.processor() != null) {
            rebuild.processor().shutDown();
        }
        shadows.drop(rebuild.schema, rebuild.processorName());
        rebuild.finish(State.FAILED, position);
        log.warn("Rebuild of projection {} given up: {}", rebuild.projection, why);
    }
}
