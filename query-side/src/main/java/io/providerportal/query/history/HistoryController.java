package io.providerportal.query.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.EventMetadata;
import io.providerportal.platform.axon.AxonSerializationConfig;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.RuleViolationException;
import io.providerportal.platform.web.StreamedJson;
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
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /audit/history} (auditors): every event in global order as NDJSON, one line per event with its
 * position, type, current revision (payloads are upcast on the way), time, aggregate, payload and metadata.
 * The events come from the store batch by batch and go out line by line, so a history of any length streams in
 * constant memory. Resume with {@code after}, the position of the last line read.
 */
@RestController
class HistoryController {

    static final String NDJSON = "application/x-ndjson";
    /** Lines go out in small groups: a reader sees progress without a network write per event. */
    private static final int FLUSH_EVERY = 200;

    private final ObjectProvider<EventStorageEngine> storage;
    private final ProviderClients providerClients;
    private final ObjectMapper json = AxonSerializationConfig.eventObjectMapper();

    HistoryController(ObjectProvider<EventStorageEngine> storage, ProviderClients providerClients) {
        this.storage = storage;
        this.providerClients = providerClients;
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
        EventStorageEngine engine = storage.getIfAvailable();
        if (engine == null) {
            throw new RuleViolationException(
                    "history-unavailable",
                    "The history is read from the PostgreSQL event store; this server stores events elsewhere.");
        }
        if (after != null && after < 0) {
            throw new InvalidRequestException("invalid-request", "after", "must be a position, 0 or more");
        }
        Set<UUID> clients = providerId == null ? Set.of() : providerClients.at(providerId, after == null ? -1 : after);
        HistoryFilter filter = new HistoryFilter(
                from,
                to,
                type == null ? Set.of() : Set.copyOf(type),
                organizationId,
                providerId,
                new HashSet<>(clients));
        GapAwareTrackingToken start = after == null ? null : GapAwareTrackingToken.newInstance(after, List.of());
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(start, false)) {
            StreamedJson.write(json, response, NDJSON, out -> write(events, filter, out));
        }
    }

    private void write(Stream<? extends TrackedEventMessage<?>> events, HistoryFilter filter, JsonGenerator out)
            throws IOException {
        out.setRootValueSeparator(null);
        Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
        long written = 0;
        while (iterator.hasNext()) {
            TrackedEventMessage<?> message = iterator.next();
            if (filter.accepts(message)) {
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
        out.writeNumberField("position", message.trackingToken().position().orElse(-1));
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
