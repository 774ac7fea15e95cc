package io.providerportal.query.history;

import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.OrganizationDeleted;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;

/**
 * Which events of the history an auditor asked for. A provider's history holds its own events and those of the
 * organizations that are its clients at the time of the event; {@code clients} starts as the provider's clients
 * at the resume position and follows the links and unlinks the stream meets.
 */
final class HistoryFilter {

    private final Instant from;
    private final Instant to;
    private final Set<String> types;
    private final UUID organizationId;
    private final UUID providerId;
    private final Set<UUID> clients;

    HistoryFilter(
            Instant from, Instant to, Set<String> types, UUID organizationId, UUID providerId, Set<UUID> clients) {
        this.from = from;
        this.to = to;
        this.types = types;
        this.organizationId = organizationId;
        this.providerId = providerId;
        this.clients = clients;
    }

    boolean accepts(EventMessage<?> message) {
        Object event = message.getPayload();
        if (providerId != null) {
            follow(event);
        }
        return (from == null || !message.getTimestamp().isBefore(from))
                && (to == null || message.getTimestamp().isBefore(to))
                && (types.isEmpty() || types.contains(event.getClass().getSimpleName()))
                && (organizationId == null || organizationId.equals(organizationOf(event)))
                && (providerId == null
                        || providerId.equals(providerOf(event))
                        || clients.contains(organizationOf(event)));
    }

    private void follow(Object event) {
        if (event instanceof ClientOrganizationCreated e && providerId.equals(e.providerId())) {
            clients.add(e.organizationId());
        } else if (event instanceof ClientOrganizationAdded e && providerId.equals(e.providerId())) {
            clients.add(e.organizationId());
        } else if (event instanceof ClientOrganizationUnlinked e && providerId.equals(e.providerId())) {
            clients.remove(e.organizationId());
        } else if (event instanceof OrganizationDeleted e) {
            clients.remove(e.organizationId());
        }
    }

    private static UUID organizationOf(Object event) {
        return event instanceof OrganizationEvent e ? e.organizationId() : null;
    }

    private static UUID providerOf(Object event) {
        return event instanceof ProviderEvent e ? e.providerId() : null;
    }
}
