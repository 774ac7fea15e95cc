package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationEnabled;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserType;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An organization: profile, plan and seats, provider link, and (as features grow) members and collections. */
@Aggregate
class Organization {

    static final int MAX_SEATS = 100_000;

    @AggregateIdentifier
    private UUID organizationId;
    private boolean enabled;

    Organization() {
    }

    @CommandHandler
    Organization(CreateClientOrganization command) {
        if (command.seats() < 1 || command.seats() > MAX_SEATS) {
            throw OrganizationErrors.seatsOutOfRange(MAX_SEATS);
        }
        UUID id = command.organizationId();
        apply(new ClientOrganizationCreated(id, command.providerId(), command.name(), command.plan(),
                command.seats(), command.billingEmail(), command.providerKey()));
        apply(new CollectionCreated(id, command.defaultCollectionId(), command.defaultCollectionName()));
        apply(new OrganizationUserInvited(id, command.ownerMemberId(), command.ownerEmail(),
                OrganizationUserType.OWNER));
        apply(new CollectionMemberAccessSet(id, command.defaultCollectionId(), command.ownerMemberId(),
                false, false, true));
    }

    @CommandHandler
    void handle(DisableOrganization command) {
        if (enabled) {
            apply(new OrganizationDisabled(organizationId));
        }
    }

    @CommandHandler
    void handle(EnableOrganization command) {
        if (!enabled) {
            apply(new OrganizationEnabled(organizationId));
        }
    }

    @EventSourcingHandler
    void on(ClientOrganizationCreated event) {
        organizationId = event.organizationId();
        enabled = true;
    }

    @EventSourcingHandler
    void on(OrganizationDisabled event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(OrganizationEnabled event) {
        enabled = true;
    }
}
