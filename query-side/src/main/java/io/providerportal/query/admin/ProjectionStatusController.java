package io.providerportal.query.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What ops need to see of each projection of this JVM: how far it has read, how far behind the newest event it
 * is, whether it is replaying, and how many events wait in its dead-letter queue. Operators only.
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
        long head = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class)
                .single();
        List<ProjectionStatus> statuses = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .map(processor -> status(processor, head))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
        return Map.of("data", statuses);
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
