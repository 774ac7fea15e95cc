package io.providerportal.query.admin;

import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What ops need of each projection of this JVM: how far it has read, how far behind the newest event it is,
 * whether it is replaying, how many events wait in its dead-letter queue; and a rebuild that resets a projection
 * and replays it while the service keeps running. Operators only.
 */
@RestController
class ProjectionStatusController {

    /** {@code position} is the lowest of its segments' positions; {@code lag} counts events not yet read. */
    record ProjectionStatus(String name, long position, long lag, boolean replaying, boolean running,
                            int segments, long deadLetters) {
    }

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;

    ProjectionStatusController(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/projections")
    Map<String, List<ProjectionStatus>> projections() {
        long head = head();
        List<ProjectionStatus> statuses = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .map(processor -> status(processor, head))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
        return Map.of("data", statuses);
    }

    /**
     * Clears the projection's tables (its reset handler) and replays every event into them; progress shows in
     * {@code GET /admin/projections}. Side effects (mail, cascades) refuse: they must never run twice.
     */
    @PostMapping("/admin/projections/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("projection.not-found", "No such projection."));
        if (!processor.supportsReset()) {
            throw new RuleViolationException("projection.not-rebuildable",
                    "This processor performs side effects and is never replayed.");
        }
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return ResponseEntity.accepted().body(status(processor, head()));
    }

    private long head() {
        return jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
    }

    private ProjectionStatus status(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        long deadLetters = jdbc.sql("select count(*) from dead_letter_entry where processing_group = ?")
                .param(processor.getName()).query(Long.class).single();
        return new ProjectionStatus(processor.getName(), position, Math.max(0, head - position), replaying,
                processor.isRunning(), segments.size(), deadLetters);
    }
}
