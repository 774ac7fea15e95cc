package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import io.providerportal.command.organization.OrganizationCommands.AddToProvider;
import io.providerportal.command.organization.OrganizationCommands.ApplyProviderPolicy;
import io.providerportal.command.organization.OrganizationCommands.CreateClientOrganization;
import io.providerportal.command.organization.OrganizationCommands.CreateOrganization;
import io.providerportal.command.organization.OrganizationCommands.DeleteOrganization;
import io.providerportal.command.organization.OrganizationCommands.DisableOrganization;
import io.providerportal.command.organization.OrganizationCommands.EnableOrganization;
import io.providerportal.command.organization.OrganizationCommands.UnlinkFromProvider;
import io.providerportal.command.organization.OrganizationCommands.UpdateClient;
import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.ClientOrganizationUpdated;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.OrganizationCreated;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationEnabled;
import io.providerportal.events.organization.OrganizationOwnerAdded;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserType;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An organization: plan and seats, provider link, members, collections and access. Its parts hold their own rules
 * and handle their own commands: members in {@link OrganizationMembers} and what may be done to them in
 * {@link MemberManagement}; collections in {@link OrganizationCollections}, and who may change them in
 * {@link CollectionManagement}; groups in {@link OrganizationGroups}; policies in {@link OrganizationPolicies}.
 */
@Aggregate(cache = "aggregateCache")
class Organization {

    static final int MAX_SEATS = 100_000;

    @AggregateIdentifier
    private UUID organizationId;

    private UUID providerId;
    private String name;
    private boolean enabled;

    @AggregateMember
    private final OrganizationCollections collections = new OrganizationCollections();

    @AggregateMember
    private final OrganizationMembers members = new OrganizationMembers();

    @AggregateMember
    private final OrganizationGroups groups = new OrganizationGroups(members, collections);

    @AggregateMember
    private final OrganizationPolicies policies = new OrganizationPolicies();

    @AggregateMember
    private final CollectionManagement collectionManagement = new CollectionManagement(members, groups, collections);

    @AggregateMember
    private final OrganizationSeats seats = new OrganizationSeats();

    @AggregateMember
    private final MemberManagement memberManagement =
            new MemberManagement(members, collections, groups, policies, seats);

    Organization() {}

    @CommandHandler
    Organization(CreateClientOrganization command) {
        requireSeatsInRange(command.seats());
        UUID id = command.organizationId();
        apply(new ClientOrganizationCreated(
                id,
                command.providerId(),
                command.name(),
                command.plan(),
                command.seats(),
                command.billingEmail(),
                command.providerKey()));
        apply(new CollectionCreated(id, command.defaultCollectionId(), command.defaultCollectionName()));
        apply(new OrganizationUserInvited(
                id, command.ownerMemberId(), command.ownerEmail(), OrganizationUserType.OWNER));
        apply(new CollectionMemberAccessSet(
                id, command.defaultCollectionId(), command.ownerMemberId(), false, false, true));
        OrganizationPolicies.applyAll(id, command.providerId(), command.providerPolicies());
    }

    @CommandHandler
    Organization(CreateOrganization command) {
        requireSeatsInRange(command.seats());
        OrganizationPolicies.requireNotBoundElsewhere(command.ownerElsewhere());
        UUID id = command.organizationId();
        apply(new OrganizationCreated(id, command.name(), command.billingEmail(), command.plan(), command.seats()));
        apply(new OrganizationOwnerAdded(
                id, command.ownerMemberId(), command.ownerUserId(), command.ownerEmail(), command.ownerKey()));
        apply(new CollectionCreated(id, command.defaultCollectionId(), command.defaultCollectionName()));
        apply(new CollectionMemberAccessSet(
                id, command.defaultCollectionId(), command.ownerMemberId(), false, false, true));
    }

    @CommandHandler
    void handle(AddToProvider command) {
        if (providerId != null) {
            throw OrganizationErrors.alreadyClient();
        }
        apply(new ClientOrganizationAdded(
                organizationId, command.providerId(), command.billingEmail(), command.providerKey()));
        OrganizationPolicies.applyAll(organizationId, command.providerId(), command.providerPolicies());
    }

    /** A provider's default reaches only its current clients: one that left meanwhile ignores it. */
    @CommandHandler
    void handle(ApplyProviderPolicy command) {
        if (command.providerId().equals(providerId)) {
            policies.applyProvider(organizationId, command);
        }
    }

    @CommandHandler
    void handle(UpdateClient command) {
        requireClientOf(command.providerId());
        requireSeatsInRange(command.seats());
        if (command.seats() < members.occupiedSeats()) {
            throw OrganizationErrors.seatsBelowOccupied(members.occupiedSeats());
        }
        if (!command.name().equals(name) || command.seats() != seats.count()) {
            apply(new ClientOrganizationUpdated(organizationId, providerId, command.name(), command.seats()));
        }
    }

    @CommandHandler
    void handle(UnlinkFromProvider command) {
        requireClientOf(command.providerId());
        String billingEmail = members.firstConfirmedOwnerEmail().orElseThrow(OrganizationErrors::ownerRequiredToUnlink);
        policies.keepEffectiveAsOwn(organizationId);
        apply(new ClientOrganizationUnlinked(organizationId, providerId, billingEmail));
        if (!enabled) {
            // only its provider's status disables an organization: on its own it is enabled again
            apply(new OrganizationEnabled(organizationId));
        }
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

    /** Its items' streams stay; nothing reaches them once no collection of it is left to grant access. */
    @CommandHandler
    void handle(DeleteOrganization command) {
        apply(new OrganizationDeleted(organizationId, providerId));
    }

    private void requireClientOf(UUID provider) {
        if (!provider.equals(providerId)) {
            throw OrganizationErrors.notAClient();
        }
    }

    private static void requireSeatsInRange(int seats) {
        if (seats < 1 || seats > MAX_SEATS) {
            throw OrganizationErrors.seatsOutOfRange(MAX_SEATS);
        }
    }

    @EventSourcingHandler
    void on(ClientOrganizationCreated event) {
        organizationId = event.organizationId();
        providerId = event.providerId();
        name = event.name();
        enabled = true;
    }

    @EventSourcingHandler
    void on(OrganizationCreated event) {
        organizationId = event.organizationId();
        name = event.name();
        enabled = true;
    }

    @EventSourcingHandler
    void on(ClientOrganizationAdded event) {
        providerId = event.providerId();
    }

    @EventSourcingHandler
    void on(ClientOrganizationUpdated event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(ClientOrganizationUnlinked event) {
        providerId = null;
    }

    @EventSourcingHandler
    void on(OrganizationDisabled event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(OrganizationEnabled event) {
        enabled = true;
    }

    @EventSourcingHandler
    void on(OrganizationDeleted event) {
        markDeleted();
    }
}
