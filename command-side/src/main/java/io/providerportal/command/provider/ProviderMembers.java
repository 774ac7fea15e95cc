package io.providerportal.command.provider;

import io.providerportal.events.provider.ProviderClientGroupDeleted;
import io.providerportal.events.provider.ProviderOwnerAssigned;
import io.providerportal.events.provider.ProviderOwnerInvited;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderUserAccepted;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.events.provider.ProviderUserScopeSet;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.events.provider.ProviderUserTypeChanged;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The members of one provider, its owner among them, and whether the owner has set it up. An aggregate member of
 * {@link Provider}: it sources its own state from the member events.
 */
final class ProviderMembers {

    private final Map<UUID, ProviderMember> members = new HashMap<>();
    /** The clients and client groups each scoped member reaches; a member missing here reaches every client. */
    private final Map<UUID, Scope> scopes = new HashMap<>();
    /** The owner's membership: assigned at creation, invited later, or (before set-up existed) added confirmed. */
    private UUID ownerId;
    /** Whether the provider takes member commands: set up by its owner, or created before set-up existed. */
    private boolean setUp;

    ProviderMember get(UUID providerUserId) {
        ProviderMember member = members.get(providerUserId);
        if (member == null) {
            throw ProviderErrors.memberNotFound();
        }
        return member;
    }

    boolean hasEmail(String email) {
        return members.values().stream().anyMatch(m -> m.email().equals(email));
    }

    /** Whether taking this member out of the confirmed Provider Admins would leave none. */
    boolean isLastConfirmedAdmin(ProviderMember member) {
        return member.isConfirmedAdmin()
                && members.values().stream()
                                .filter(ProviderMember::isConfirmedAdmin)
                                .count()
                        == 1;
    }

    private record Scope(List<UUID> organizationIds, List<UUID> clientGroupIds) {}

    boolean hasScope(UUID providerUserId, boolean allClients, List<UUID> organizationIds, List<UUID> clientGroupIds) {
        Scope current = scopes.get(providerUserId);
        return allClients ? current == null : new Scope(organizationIds, clientGroupIds).equals(current);
    }

    @EventSourcingHandler
    void on(ProviderUserScopeSet event) {
        if (event.allClients()) {
            scopes.remove(event.providerUserId());
        } else {
            scopes.put(
                    event.providerUserId(),
                    new Scope(List.copyOf(event.organizationIds()), List.copyOf(event.clientGroupIds())));
        }
    }

    /** A deleted group leaves every scope that named it. */
    @EventSourcingHandler
    void on(ProviderClientGroupDeleted event) {
        scopes.replaceAll((member, scope) -> new Scope(
                scope.organizationIds(),
                scope.clientGroupIds().stream()
                        .filter(id -> !id.equals(event.clientGroupId()))
                        .toList()));
    }

    Optional<UUID> ownerId() {
        return Optional.ofNullable(ownerId);
    }

    Optional<ProviderMember> owner() {
        return ownerId().map(members::get);
    }

    boolean isSetUp() {
        return setUp;
    }

    void requireSetUp() {
        if (!setUp) {
            throw ProviderErrors.setupRequired();
        }
    }

    @EventSourcingHandler
    void on(ProviderUserAdded event) {
        members.put(
                event.providerUserId(),
                new ProviderMember(event.email(), event.userId(), event.type(), ProviderMember.Status.CONFIRMED));
        ownerId = event.providerUserId();
        setUp = true;
    }

    @EventSourcingHandler
    void on(ProviderOwnerAssigned event) {
        members.put(
                event.providerUserId(),
                new ProviderMember(
                        event.email(),
                        event.userId(),
                        ProviderUserType.PROVIDER_ADMIN,
                        ProviderMember.Status.ACCEPTED));
        ownerId = event.providerUserId();
    }

    @EventSourcingHandler
    void on(ProviderOwnerInvited event) {
        members.put(
                event.providerUserId(),
                new ProviderMember(
                        event.email(), null, ProviderUserType.PROVIDER_ADMIN, ProviderMember.Status.INVITED));
        ownerId = event.providerUserId();
    }

    @EventSourcingHandler
    void on(ProviderSetUp event) {
        members.computeIfPresent(event.providerUserId(), (id, member) -> member.confirmed());
        setUp = true;
    }

    @EventSourcingHandler
    void on(ProviderUserInvited event) {
        members.put(
                event.providerUserId(),
                new ProviderMember(event.email(), null, event.type(), ProviderMember.Status.INVITED));
    }

    @EventSourcingHandler
    void on(ProviderUserAccepted event) {
        members.computeIfPresent(event.providerUserId(), (id, member) -> member.accepted(event.userId()));
    }

    @EventSourcingHandler
    void on(ProviderUserConfirmed event) {
        members.computeIfPresent(event.providerUserId(), (id, member) -> member.confirmed());
    }

    @EventSourcingHandler
    void on(ProviderUserTypeChanged event) {
        members.computeIfPresent(event.providerUserId(), (id, member) -> member.withType(event.type()));
    }

    @EventSourcingHandler
    void on(ProviderUserRemoved event) {
        members.remove(event.providerUserId());
        scopes.remove(event.providerUserId());
        if (event.providerUserId().equals(ownerId)) {
            ownerId = null;
        }
    }
}
