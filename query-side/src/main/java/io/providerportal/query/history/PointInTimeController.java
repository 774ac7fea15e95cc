package io.providerportal.query.history;

import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.query.web.ReadsFrom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /audit/organizations/{oid}?at=} (auditors): the organization as it was at that instant (now when
 * left out), folded from its own events. An organization that did not exist yet, or an id of anything else, is
 * 404.
 */
@RestController
@ReadsFrom({}) // the event store itself, which holds a write once it has answered
class PointInTimeController {

    private final EventStore events;
    private final Clock clock;

    PointInTimeController(EventStore events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/audit/organizations/{organizationId}")
    OrganizationAtInstant.View at(@PathVariable UUID organizationId, @RequestParam(required = false) Instant at) {
        Instant instant = at == null ? clock.instant() : at;
        OrganizationAtInstant state = new OrganizationAtInstant(organizationId);
        long sequence = -1;
        Instant lastChange = null;
        // from the first event, never from a snapshot: the state is what the events say
        DomainEventStream stream = events.readEvents(organizationId.toString(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getTimestamp().isAfter(instant)) {
                break;
            }
            state.apply(message.getPayload());
            sequence = message.getSequenceNumber();
            lastChange = message.getTimestamp();
        }
        if (sequence < 0 || !state.exists()) {
            throw OrganizationPolicy.notFound();
        }
        return state.view(instant, sequence, lastChange);
    }
}
