package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import io.providerportal.command.invitation.InvitationErrors;
import io.providerportal.command.organization.OrganizationCommands.AcceptOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.AddToProvider;
import io.providerportal.command.organization.OrganizationCommands.ApplyProviderPolicy;
import io.providerportal.command.organization.OrganizationCommands.ConfirmOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.CreateClientOrganization;
import io.providerportal.command.organization.OrganizationCommands.CreateOrganization;
import io.providerportal.command.organization.OrganizationCommands.DeleteOrganization;
import io.providerportal.command.organization.OrganizationCommands.DisableOrganization;
import io.providerportal.command.organization.OrganizationCommands.EnableOrganization;
import io.providerportal.command.organization.OrganizationCommands.InvitationResult;
import io.providerportal.command.organization.OrganizationCommands.InviteOrganizationUsers;
import io.providerportal.command.organization.OrganizationCommands.Invitee;
import io.providerportal.command.organization.OrganizationCommands.ReinviteOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RemoveOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RestoreOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RevokeOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.UnlinkFromProvider;
import io.providerportal.command.organization.OrganizationCommands.UpdateClient;
import io.providerportal.command.organization.OrganizationCommands.UpdateOrganizationUser;
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
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserReinvited;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserStatus;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.OrganizationUserTypeChanged;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An organization: plan and seats, provider link, members, collections and access. The rules that span members
 * (the last Owner, who may manage whom) live in {@link OrganizationMembers}; collections in
 * {@link OrganizationCollections}, and who may change them in {@link CollectionManagement}.
 */
@Aggregate(cache = "aggregateCache")
class Organization {

    static final int MAX_SEATS = 100_000;

    @AggregateIdentifier
    private UUID organizationId;

    private UUID providerId;
    private String name;
    private boolean enabled;
    private int seats;

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
    InvitationResult handle(InviteOrganizationUsers command) {
        members.requireMayManage(command.actor(), null, command.type(), command.permissions());
        List<Invitee> fresh = command.invitees().stream()
                .filter(i -> !members.hasEmail(i.email()))
                .filter(distinctEmails())
                .toList();
        if (members.occupiedSeats() + fresh.size() > seats) {
            throw OrganizationErrors.seatLimit(providerId != null);
        }
        for (Invitee invitee : fresh) {
            apply(new OrganizationUserInvited(
                    organizationId, invitee.organizationUserId(), invitee.email(), command.type()));
            members.setPermissions(organizationId, invitee.organizationUserId(), command.type(), command.permissions());
            collections.setAccess(organizationId, invitee.organizationUserId(), command.collections());
            groups.setGroupsOf(organizationId, invitee.organizationUserId(), command.groups());
        }
        List<String> skipped = command.invitees().stream()
                .filter(i -> !fresh.contains(i))
                .map(Invitee::email)
                .toList();
        return new InvitationResult(fresh, skipped);
    }

    @CommandHandler
    void handle(ReinviteOrganizationUser command) {
        OrganizationMember member = members.get(command.organizationUserId());
        members.requireMayManage(command.actor(), member.type(), member.type(), Set.of());
        if (member.status() != OrganizationUserStatus.INVITED) {
            throw OrganizationErrors.notInvited();
        }
        apply(new OrganizationUserReinvited(organizationId, command.organizationUserId(), member.email()));
    }

    @CommandHandler
    void handle(AcceptOrganizationUser command) {
        OrganizationMember member = members.get(command.organizationUserId());
        if (member.status() != OrganizationUserStatus.INVITED) {
            throw OrganizationErrors.notInvited();
        }
        if (!member.email().equals(command.email())) {
            throw InvitationErrors.wrongUser();
        }
        policies.requireSingleOrganization(member.type(), command.elsewhere());
        apply(new OrganizationUserAccepted(organizationId, command.organizationUserId(), command.userId()));
    }

    @CommandHandler
    void handle(ConfirmOrganizationUser command) {
        OrganizationMember member = members.get(command.organizationUserId());
        members.requireMayManage(command.actor(), member.type(), member.type(), Set.of());
        if (member.status() != OrganizationUserStatus.ACCEPTED) {
            throw OrganizationErrors.notAccepted();
        }
        policies.requireSingleOrganization(member.type(), command.elsewhere());
        apply(new OrganizationUserConfirmed(
                organizationId, command.organizationUserId(), member.userId(), command.key()));
    }

    @CommandHandler
    void handle(UpdateOrganizationUser command) {
        UUID id = command.organizationUserId();
        OrganizationMember member = members.get(id);
        members.requireMayManage(command.actor(), member.type(), command.type(), command.permissions());
        if (member.type() != command.type()) {
            if (members.isLastConfirmedOwner(id)) {
                throw OrganizationErrors.lastOwner();
            }
            apply(new OrganizationUserTypeChanged(organizationId, id, command.type()));
        }
        members.setPermissions(organizationId, id, command.type(), command.permissions());
        collections.setAccess(organizationId, id, command.collections());
        groups.setGroupsOf(organizationId, id, command.groups());
    }

    @CommandHandler
    void handle(RevokeOrganizationUser command) {
        OrganizationMember member = members.get(command.organizationUserId());
        members.requireNotSelf(command.actor(), command.organizationUserId());
        members.requireMayManage(command.actor(), member.type(), member.type(), Set.of());
        if (member.status() == OrganizationUserStatus.REVOKED) {
            throw OrganizationErrors.alreadyRevoked();
        }
        if (members.isLastConfirmedOwner(command.organizationUserId())) {
            throw OrganizationErrors.lastOwner();
        }
        apply(new OrganizationUserRevoked(organizationId, command.organizationUserId()));
    }

    @CommandHandler
    void handle(RestoreOrganizationUser command) {
        OrganizationMember member = members.get(command.organizationUserId());
        members.requireMayManage(command.actor(), member.type(), member.type(), Set.of());
        if (member.status() != OrganizationUserStatus.REVOKED) {
            throw OrganizationErrors.notRevoked();
        }
        policies.requireSingleOrganization(member.type(), command.elsewhere());
        if (members.occupiedSeats() + 1 > seats) {
            throw OrganizationErrors.seatLimit(providerId != null);
        }
        apply(new OrganizationUserRestored(organizationId, command.organizationUserId(), member.beforeRevocation()));
    }

    @CommandHandler
    void handle(RemoveOrganizationUser command) {
        OrganizationMember member = members.get(command.organizationUserId());
        members.requireNotSelf(command.actor(), command.organizationUserId());
        members.requireMayManage(command.actor(), member.type(), member.type(), Set.of());
        if (members.isLastConfirmedOwner(command.organizationUserId())) {
            throw OrganizationErrors.lastOwner();
        }
        apply(new OrganizationUserRemoved(organizationId, command.organizationUserId()));
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
        if (!command.name().equals(name) || command.seats() != seats) {
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

    private static Predicate<Invitee> distinctEmails() {
        Set<String> seen = new HashSet<>();
        return invitee -> seen.add(invitee.email());
    }

    @EventSourcingHandler
    void on(ClientOrganizationCreated event) {
        organizationId = event.organizationId();
        providerId = event.providerId();
        name = event.name();
        enabled = true;
        seats = event.seats();
    }

    @EventSourcingHandler
    void on(OrganizationCreated event) {
        organizationId = event.organizationId();
        name = event.name();
        enabled = true;
        seats = event.seats();
    }

    @EventSourcingHandler
    void on(ClientOrganizationAdded event) {
        providerId = event.providerId();
    }

    @EventSourcingHandler
    void on(ClientOrganizationUpdated event) {
        name = event.name();
        seats = event.seats();
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
