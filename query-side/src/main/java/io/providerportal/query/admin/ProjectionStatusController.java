package io.providerportal.query.admin;

import io.providerportal.platform.axon.EventLog;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.query.projection.IsolatedFailures;
import io.providerportal.query.projection.ProjectionRebuilds;
import io.providerportal.query.projection.RebuildProgress;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What ops need of each projection of this JVM: how far it has read, how far behind the newest event it is,
 * whether it is replaying, how many events wait in its dead-letter queue and how a rebuild is going; a blue/green
 * rebuild; the parked events and their retry. Operators only.
 */
@RestController
class ProjectionStatusController {

    /** {@code position} is the lowest of its segments' positions; {@code lag} counts events not yet read. */
    record ProjectionStatus(
            String name,
            long position,
            long lag,
            boolean replaying,
            boolean running,
            int segments,
            long deadLetters,
            RebuildProgress rebuild) {}

    record DeadLetter(
            String eventType,
            String aggregateId,
            Long sequenceNumber,
            String cause,
            Instant enqueuedAt,
            Instant lastTouched) {}

    record Retried(long retried, long stillParked) {}

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuilds rebuilds;
    private final JdbcClient jdbc;
    private final EventLog events;

    ProjectionStatusController(
            EventProcessingConfiguration processing, ProjectionRebuilds rebuilds, JdbcClient jdbc, EventLog events) {
        this.processing = processing;
        this.rebuilds = rebuilds;
        this.jdbc = jdbc;
        this.events = events;
    }

    @GetMapping("/admin/projections")
    Map<String, List<ProjectionStatus>> projections() {
        long head = head();
        List<ProjectionStatus> statuses = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(processor -> status(processor, head))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
        return Map.of("data", statuses);
    }

    /**
     * Replays every event into fresh tables while the live ones keep serving, then swaps them in; progress shows
     * in {@code GET /admin/projections}. Side effects (mail, cascades) refuse: they must never run twice.
     */
    @PostMapping("/admin/projections/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        long head = head();
        rebuilds.start(name, head);
        return ResponseEntity.accepted().body(status(processor(name), head));
    }

    @GetMapping("/admin/projections/{name}/dead-letters")
    Map<String, List<DeadLetter>> deadLetters(@PathVariable String name) {
        processor(name);
        return Map.of(
                "data",
                jdbc.sql("""
                select payload_type, aggregate_identifier, sequence_number,
                       coalesce(cause_type || ': ' || cause_message, cause_type) as cause, enqueued_at, last_touched
                from dead_letter_entry where processing_group = ? order by enqueued_at, sequence_index
                """)
                        .param(name)
                        .query((row, i) -> new DeadLetter(
                                row.getString("payload_type")
                                        .substring(row.getString("payload_type").lastIndexOf('.') + 1),
                                row.getString("aggregate_identifier"),
                                (Long) row.getObject("sequence_number"),
                                row.getString("cause"),
                                row.getTimestamp("enqueued_at").toInstant(),
                                row.getTimestamp("last_touched") == null
                                        ? null
                                        : row.getTimestamp("last_touched").toInstant()))
                        .list());
    }

    /**
     * Hands every parked sequence to the projection again, oldest first, once each: after a fix, the events are
     * projected and leave the queue; a letter that fails again stays, with its new cause.
     */
    @PostMapping("/admin/projections/{name}/dead-letters/retry")
    Retried retryDeadLetters(@PathVariable String name) throws Exception {
        processor(name);
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing
                .deadLetterQueue(name)
                .orElseThrow(
                        () -> new NotFoundException("projection.no-dead-letters", "This projection parks no events."));
        SequencedDeadLetterProcessor<EventMessage<?>> letters =
                processing.sequencedDeadLetterProcessor(name).orElseThrow();
        long before = queue.size();
        long sequences = queue.amountOfSequences();
        IsolatedFailures.always(() -> {
            for (long i = 0; i < sequences; i++) {
                letters.processAny();
            }
            return null;
        });
        long after = queue.size();
        return new Retried(Math.max(0, before - after), after);
    }

    private StreamingEventProcessor processor(String name) {
        return processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("projection.not-found", "No such projection."));
    }

    private long head() {
        return events.head();
    }

    private ProjectionStatus status(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        long deadLetters = jdbc.sql("select count(*) from dead_letter_entry where processing_group = ?")
                .param(processor.getName())
                .query(Long.class)
                .single();
        return new ProjectionStatus(
                processor.getName(),
                position,
                Math.max(0, head - position),
                replaying,
                processor.isRunning(),
                segments.size(),
                deadLetters,
                rebuilds.progress(processor.getName(), head).orElse(null));
    }
}
