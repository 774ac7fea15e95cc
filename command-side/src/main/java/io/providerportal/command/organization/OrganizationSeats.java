package io.providerportal.command.organization;

import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.ClientOrganizationUpdated;
import io.providerportal.events.organization.OrganizationCreated;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * How many seats the organization has, and whether a provider buys them (PO-09, PO-10). An aggregate member of
 * {@link Organization}, read by {@link MemberManagement} when members take seats.
 */
final class OrganizationSeats {

    private int seats;
    private boolean providerManaged;

    int count() {
        return seats;
    }

    boolean providerManaged() {
        return providerManaged;
    }

    @EventSourcingHandler
    void on(ClientOrganizationCreated event) {
        seats = event.seats();
        providerManaged = true;
    }

    @EventSourcingHandler
    void on(OrganizationCreated event) {
        seats = event.seats();
    }

    @EventSourcingHandler
    void on(ClientOrganizationUpdated event) {
        seats = event.seats();
    }

    @EventSourcingHandler
    void on(ClientOrganizationAdded event) {
        providerManaged = true;
    }

    @EventSourcingHandler
    void on(ClientOrganizationUnlinked event) {
        providerManaged = false;
    }
}
