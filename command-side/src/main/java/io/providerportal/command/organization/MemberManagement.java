package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.invitation.InvitationErrors;
import io.providerportal.command.organization.OrganizationCommands.AcceptOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.ConfirmOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.InvitationResult;
import io.providerportal.command.organization.OrganizationCommands.InviteOrganizationUsers;
import io.providerportal.command.organization.OrganizationCommands.Invitee;
import io.providerportal.command.organization.OrganizationCommands.ReinviteOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RemoveOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RestoreOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RevokeOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.UpdateOrganizationUser;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserReinvited;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserStatus;
import io.providerportal.events.organization.OrganizationUserTypeChanged;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;

/**
 * What may be done to members, and what it records (O-05..O-12, R-07): invite within the seats, reinvite, accept,
 * confirm, change, revoke, restore and remove, each under who may manage whom, the last Owner and single
 * organization. An aggregate member of {@link Organization} deciding from its siblings' state, as
 * {@link CollectionManagement} does for collections.
 */
final class MemberManagement {

    private final OrganizationMembers members;
    private final OrganizationCollections collections;
    private final OrganizationGroups groups;
    private final OrganizationPolicies policies;
    private final OrganizationSeats seats;

    MemberManagement(
            OrganizationMembers members,
            OrganizationCollections collections,
            OrganizationGroups groups,
            OrganizationPolicies policies,
            OrganizationSeats seats) {
        this.members = members;
        this.collections = collections;
        this.groups = groups;
        this.policies = policies;
        this.seats = seats;
    }

    @CommandHandler
    InvitationResult handle(InviteOrganizationUsers command) {
        members.requireMayManage(command.actor(), null, command.type(), command.permissions());
        List<Invitee> fresh = command.invitees().stream()
                .filter(i -> !members.hasEmail(i.email()))
                .filter(distinctEmails())
                .toList();
        requireSeatsFor(fresh.size());
        for (Invitee invitee : fresh) {
            apply(new OrganizationUserInvited(
                    command.organizationId(), invitee.organizationUserId(), invitee.email(), command.type()));
            members.setPermissions(
                    command.organizationId(), invitee.organizationUserId(), command.type(), command.permissions());
            collections.setAccess(command.organizationId(), invitee.organizationUserId(), command.collections());
            groups.setGroupsOf(command.organizationId(), invitee.organizationUserId(), command.groups());
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
        apply(new OrganizationUserReinvited(command.organizationId(), command.organizationUserId(), member.email()));
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
        apply(new OrganizationUserAccepted(command.organizationId(), command.organizationUserId(), command.userId()));
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
                command.organizationId(), command.organizationUserId(), member.userId(), command.key()));
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
            apply(new OrganizationUserTypeChanged(command.organizationId(), id, command.type()));
        }
        members.setPermissions(command.organizationId(), id, command.type(), command.permissions());
        collections.setAccess(command.organizationId(), id, command.collections());
        groups.setGroupsOf(command.organizationId(), id, command.groups());
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
        apply(new OrganizationUserRevoked(command.organizationId(), command.organizationUserId()));
    }

    @CommandHandler
    void handle(RestoreOrganizationUser command) {
        OrganizationMember member = members.get(command.organizationUserId());
        members.requireMayManage(command.actor(), member.type(), member.type(), Set.of());
        if (member.status() != OrganizationUserStatus.REVOKED) {
            throw OrganizationErrors.notRevoked();
        }
        policies.requireSingleOrganization(member.type(), command.elsewhere());
        requireSeatsFor(1);
        apply(new OrganizationUserRestored(
                command.organizationId(), command.organizationUserId(), member.beforeRevocation()));
    }

    @CommandHandler
    void handle(RemoveOrganizationUser command) {
        OrganizationMember member = members.get(command.organizationUserId());
        members.requireNotSelf(command.actor(), command.organizationUserId());
        members.requireMayManage(command.actor(), member.type(), member.type(), Set.of());
        if (members.isLastConfirmedOwner(command.organizationUserId())) {
            throw OrganizationErrors.lastOwner();
        }
        apply(new OrganizationUserRemoved(command.organizationId(), command.organizationUserId()));
    }

    /** PO-10: invited, accepted and confirmed members take a seat; a client is told to ask its provider. */
    private void requireSeatsFor(int more) {
        if (members.occupiedSeats() + more > seats.count()) {
            throw OrganizationErrors.seatLimit(seats.providerManaged());
        }
    }

    private static Predicate<Invitee> distinctEmails() {
        Set<String> seen = new HashSet<>();
        return invitee -> seen.add(invitee.email());
    }
}
