package io.providerportal.command.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import io.providerportal.command.invitation.InvitationErrors;
import io.providerportal.command.provider.ProviderCommands.AcceptProviderUser;
import io.providerportal.command.provider.ProviderCommands.ChangeProviderUserType;
import io.providerportal.command.provider.ProviderCommands.ConfirmProviderUser;
import io.providerportal.command.provider.ProviderCommands.CreateClientGroup;
import io.providerportal.command.provider.ProviderCommands.CreateProvider;
import io.providerportal.command.provider.ProviderCommands.DeleteClientGroup;
import io.providerportal.command.provider.ProviderCommands.DeleteProvider;
import io.providerportal.command.provider.ProviderCommands.DisableProvider;
import io.providerportal.command.provider.ProviderCommands.EnableProvider;
import io.providerportal.command.provider.ProviderCommands.InvitationResult;
import io.providerportal.command.provider.ProviderCommands.InviteProviderOwner;
import io.providerportal.command.provider.ProviderCommands.InviteProviderUsers;
import io.providerportal.command.provider.ProviderCommands.Invitee;
import io.providerportal.command.provider.ProviderCommands.ReinviteProviderUser;
import io.providerportal.command.provider.ProviderCommands.RemoveProviderUser;
import io.providerportal.command.provider.ProviderCommands.SetProviderUserScope;
import io.providerportal.command.provider.ProviderCommands.SetSeatMinimum;
import io.providerportal.command.provider.ProviderCommands.SetUpProvider;
import io.providerportal.command.provider.ProviderCommands.UpdateClientGroup;
import io.providerportal.command.provider.ProviderCommands.UpdateProviderProfile;
import io.providerportal.events.provider.ProviderClientGroupCreated;
import io.providerportal.events.provider.ProviderClientGroupDeleted;
import io.providerportal.events.provider.ProviderClientGroupUpdated;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderDeleted;
import io.providerportal.events.provider.ProviderDisabled;
import io.providerportal.events.provider.ProviderEnabled;
import io.providerportal.events.provider.ProviderOwnerAssigned;
import io.providerportal.events.provider.ProviderOwnerInvited;
import io.providerportal.events.provider.ProviderProfileUpdated;
import io.providerportal.events.provider.ProviderSeatMinimumSet;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserAccepted;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserReinvited;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.events.provider.ProviderUserScopeSet;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.events.provider.ProviderUserTypeChanged;
import io.providerportal.platform.security.ProviderPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A provider: its profile, its status and its members ({@link ProviderMembers}). Guards the rules that span
 * members: a provider takes no member commands until its owner has set up the provider key, and then always keeps
 * at least one confirmed Provider Admin.
 */
@Aggregate(cache = "aggregateCache")
class Provider {

    @AggregateIdentifier
    private UUID providerId;

    private String name;
    private String businessName;
    private String billingEmail;
    private boolean enabled;

    @AggregateMember
    private final ProviderMembers members = new ProviderMembers();

    @AggregateMember
    private final ProviderPolicies policies = new ProviderPolicies();

    @AggregateMember
    private final ProviderClientGroups clientGroups = new ProviderClientGroups();

    Provider() {}

    @CommandHandler
    Provider(CreateProvider command) {
        if (command.type() == ProviderType.MSP && command.owner() == null) {
            throw ProviderErrors.ownerRequired();
        }
        apply(new ProviderCreated(
                command.providerId(), command.name(), command.businessName(), command.type(), command.billingEmail()));
        if (command.owner() != null) {
            apply(new ProviderOwnerAssigned(
                    command.providerId(),
                    command.owner().providerUserId(),
                    command.owner().userId(),
                    command.owner().email()));
        }
    }

    /**
     * A provider not yet set up gets its owner by invitation: a reseller created without one, or a new owner in place
     * of one who never set it up. Asking again for the invited email resends the mail.
     */
    @CommandHandler
    void handle(InviteProviderOwner command) {
        if (members.isSetUp()) {
            throw ProviderErrors.alreadySetUp();
        }
        Optional<ProviderMember> owner = members.owner();
        if (owner.isPresent() && owner.get().email().equals(command.email())) {
            if (owner.get().status() == ProviderMember.Status.INVITED) {
                apply(new ProviderUserReinvited(
                        providerId, members.ownerId().orElseThrow(), owner.get().email()));
            }
            return;
        }
        members.ownerId().ifPresent(previous -> apply(new ProviderUserRemoved(providerId, previous)));
        apply(new ProviderOwnerInvited(providerId, command.providerUserId(), command.email()));
    }

    /**
     * Only the owner sets up the provider key, once; to anyone else the provider does not exist. A provider created
     * before set-up existed is set up already: its clients hold keys under whatever key their creators used, which
     * a new provider key would not open.
     */
    @CommandHandler
    void handle(SetUpProvider command) {
        ProviderMember owner = members.owner()
                .filter(o -> o.status() != ProviderMember.Status.INVITED
                        && command.userId().equals(o.userId()))
                .orElseThrow(ProviderPolicy::notFound);
        if (members.isSetUp()) {
            throw ProviderErrors.alreadySetUp();
        }
        apply(new ProviderSetUp(providerId, members.ownerId().orElseThrow(), owner.userId(), command.key()));
    }

    @CommandHandler
    void handle(UpdateProviderProfile command) {
        boolean unchanged = Objects.equals(name, command.name())
                && Objects.equals(businessName, command.businessName())
                && Objects.equals(billingEmail, command.billingEmail());
        if (!unchanged) {
            apply(new ProviderProfileUpdated(
                    providerId, command.name(), command.businessName(), command.billingEmail()));
        }
    }

    @CommandHandler
    void handle(DisableProvider command) {
        if (enabled) {
            apply(new ProviderDisabled(providerId));
        }
    }

    /** Bitwarden's rule: a provider goes only once it has no client left, so no organization loses its manager. */
    @CommandHandler
    void handle(DeleteProvider command) {
        if (command.clients() > 0) {
            throw ProviderErrors.hasClients(command.clients());
        }
        apply(new ProviderDeleted(providerId));
    }

    @CommandHandler
    void handle(EnableProvider command) {
        if (!enabled) {
            apply(new ProviderEnabled(providerId));
        }
    }

    @CommandHandler
    void handle(SetSeatMinimum command) {
        apply(new ProviderSeatMinimumSet(providerId, command.plan(), command.seatMinimum()));
    }

    @CommandHandler
    InvitationResult handle(InviteProviderUsers command) {
        members.requireSetUp();
        List<Invitee> invited = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Invitee invitee : command.invitees()) {
            boolean present = members.hasEmail(invitee.email())
                    || invited.stream().anyMatch(i -> i.email().equals(invitee.email()));
            if (present) {
                skipped.add(invitee.email());
            } else {
                apply(new ProviderUserInvited(providerId, invitee.providerUserId(), invitee.email(), command.type()));
                invited.add(invitee);
            }
        }
        return new InvitationResult(invited, skipped);
    }

    @CommandHandler
    void handle(ReinviteProviderUser command) {
        members.requireSetUp();
        ProviderMember member = members.get(command.providerUserId());
        if (member.status() != ProviderMember.Status.INVITED) {
            throw ProviderErrors.notInvited();
        }
        apply(new ProviderUserReinvited(providerId, command.providerUserId(), member.email()));
    }

    @CommandHandler
    void handle(AcceptProviderUser command) {
        ProviderMember member = members.get(command.providerUserId());
        if (member.status() != ProviderMember.Status.INVITED) {
            throw ProviderErrors.notInvited();
        }
        if (!member.email().equals(command.email())) {
            throw InvitationErrors.wrongUser();
        }
        apply(new ProviderUserAccepted(providerId, command.providerUserId(), command.userId()));
    }

    @CommandHandler
    void handle(ConfirmProviderUser command) {
        members.requireSetUp();
        ProviderMember member = members.get(command.providerUserId());
        if (member.status() != ProviderMember.Status.ACCEPTED) {
            throw ProviderErrors.notAccepted();
        }
        apply(new ProviderUserConfirmed(providerId, command.providerUserId(), member.userId(), command.key()));
    }

    /** a Provider Admin keeps full reach, so only Service Users and technicians are scoped. */
    @CommandHandler
    void handle(SetProviderUserScope command) {
        members.requireSetUp();
        ProviderMember member = members.get(command.providerUserId());
        if (member.type() == ProviderUserType.PROVIDER_ADMIN) {
            throw ProviderErrors.adminsReachEveryClient();
        }
        List<UUID> clients = command.allClients() ? List.of() : distinctSorted(command.organizationIds());
        List<UUID> groups = command.allClients() ? List.of() : distinctSorted(command.clientGroupIds());
        clientGroups.requireAll(groups);
        if (!members.hasScope(command.providerUserId(), command.allClients(), clients, groups)) {
            apply(new ProviderUserScopeSet(
                    providerId, command.providerUserId(), command.allClients(), clients, groups));
        }
    }

    @CommandHandler
    void handle(CreateClientGroup command) {
        members.requireSetUp();
        apply(new ProviderClientGroupCreated(
                providerId, command.clientGroupId(), command.name(), distinctSorted(command.organizationIds())));
    }

    @CommandHandler
    void handle(UpdateClientGroup command) {
        members.requireSetUp();
        clientGroups.require(command.clientGroupId());
        List<UUID> clients = distinctSorted(command.organizationIds());
        if (!clientGroups.isAlready(command.clientGroupId(), command.name(), clients)) {
            apply(new ProviderClientGroupUpdated(providerId, command.clientGroupId(), command.name(), clients));
        }
    }

    @CommandHandler
    void handle(DeleteClientGroup command) {
        members.requireSetUp();
        clientGroups.require(command.clientGroupId());
        apply(new ProviderClientGroupDeleted(providerId, command.clientGroupId()));
    }

    private static List<UUID> distinctSorted(List<UUID> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    @CommandHandler
    void handle(ChangeProviderUserType command) {
        members.requireSetUp();
        ProviderMember member = members.get(command.providerUserId());
        if (member.type() == command.type()) {
            return;
        }
        if (members.isLastConfirmedAdmin(member)) {
            throw ProviderErrors.lastAdmin();
        }
        apply(new ProviderUserTypeChanged(providerId, command.providerUserId(), command.type()));
    }

    @CommandHandler
    void handle(RemoveProviderUser command) {
        members.requireSetUp();
        ProviderMember member = members.get(command.providerUserId());
        if (command.actorUserId().equals(member.userId())) {
            throw ProviderErrors.cannotRemoveSelf();
        }
        if (members.isLastConfirmedAdmin(member)) {
            throw ProviderErrors.lastAdmin();
        }
        apply(new ProviderUserRemoved(providerId, command.providerUserId()));
    }

    @EventSourcingHandler
    void on(ProviderCreated event) {
        providerId = event.providerId();
        name = event.name();
        businessName = event.businessName();
        billingEmail = event.billingEmail();
        enabled = true;
    }

    @EventSourcingHandler
    void on(ProviderProfileUpdated event) {
        name = event.name();
        businessName = event.businessName();
        billingEmail = event.billingEmail();
    }

    @EventSourcingHandler
    void on(ProviderDisabled event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(ProviderEnabled event) {
        enabled = true;
    }

    @EventSourcingHandler
    void on(ProviderDeleted event) {
        markDeleted();
    }
}
