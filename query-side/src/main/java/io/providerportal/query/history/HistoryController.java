package io.providerportal.query.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.EventMetadata;
import io.providerportal.platform.axon.AxonSerializationConfig;
import io.providerportal.platform.axon.EventLog;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.StreamedJson;
import io.providerportal.query.web.ReadsFrom;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /audit/history} (auditors): every event in global order as NDJSON, one line per event with its
 * position, type, current revision (payloads are upcast on the way), time, aggregate, payload and metadata, up to
 * the newest event stored when the request came. The events come from the store through Axon's event store API
 * (the database's table or Axon Server alike) batch by batch and go out line by line, so a history of any length
 * streams in constant memory. Resume with {@code after}, the position of the last line read. A provider's history
 * follows its clients' links from the first event, so a resumed one reads the events before {@code after} too.
 */
@RestController
@ReadsFrom({}) // the event store itself, which holds a write once it has answered
class HistoryController {

    static final String NDJSON = "application/x-ndjson";
    /** Lines go out in small groups: a reader sees progress without a network write per event. */
    private static final int FLUSH_EVERY = 200;

    private final EventLog events;
    private final ObjectMapper json = AxonSerializationConfig.eventObjectMapper();

    HistoryController(EventLog events) {
        this.events = events;
    }

    @GetMapping("/audit/history")
    void history(
            @RequestParam(required = false) Long after,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) UUID providerId,
            HttpServletResponse response)
            throws IOException {
        if (after != null && after < 0) {
            throw new InvalidRequestException("invalid-request", "after", "must be a position, 0 or more");
        }
        long resumeAfter = after == null ? -1 : after;
        HistoryFilter filter = new HistoryFilter(
                from, to, type == null ? Set.of() : Set.copyOf(type), organizationId, providerId, new HashSet<>());
        long readFrom = providerId == null ? resumeAfter : -1;
        try (Stream<TrackedEventMessage<?>> stored = events.after(readFrom)) {
            StreamedJson.write(json, response, NDJSON, out -> write(stored, resumeAfter, filter, out));
        }
    }

    private void write(Stream<TrackedEventMessage<?>> stored, long after, HistoryFilter filter, JsonGenerator out)
            throws IOException {
        out.setRootValueSeparator(null);
        Iterator<TrackedEventMessage<?>> iterator = stored.iterator();
        long written = 0;
        while (iterator.hasNext()) {
            TrackedEventMessage<?> message = iterator.next();
            // the filter sees every event read, those before the resume position too: it follows client links
            if (filter.accepts(message) && EventLog.position(message) > after) {
                writeLine(out, message);
                if (++written % FLUSH_EVERY == 0) {
                    out.flush();
                }
            }
        }
    }

    private void writeLine(JsonGenerator out, TrackedEventMessage<?> message) throws IOException {
        Object payload = message.getPayload();
        Revision revision = payload.getClass().getAnnotation(Revision.class);
        out.writeStartObject();
        out.writeNumberField("position", EventLog.position(message));
        out.writeStringField("eventId", message.getIdentifier());
        out.writeStringField("type", payload.getClass().getSimpleName());
        out.writeStringField("revision", revision == null ? null : revision.value());
        out.writeStringField("timestamp", message.getTimestamp().toString());
        if (message instanceof DomainEventMessage<?> domain) {
            out.writeStringField("aggregateType", domain.getType());
            out.writeStringField("aggregateId", domain.getAggregateIdentifier());
            out.writeNumberField("sequence", domain.getSequenceNumber());
        }
        out.writeObjectField("payload", payload);
        out.writeObjectFieldStart("metadata");
        for (String key : List.of(
                EventMetadata.ACTOR_ID,
                EventMetadata.ACTOR_TYPE,
                EventMetadata.CORRELATION_ID,
                EventMetadata.IP_ADDRESS,
                EventMetadata.DEVICE_TYPE)) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                out.writeStringField(key, value.toString());
            }
        }
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
    }
}
