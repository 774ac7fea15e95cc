package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationOwnerAdded;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserPermissionsSet;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserStatus;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.OrganizationUserTypeChanged;
import io.providerportal.platform.security.OrganizationPolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The members of one organization and the rules that span them: seats, owners, who may manage whom. An aggregate
 * member of {@link Organization}: it sources its own state from the member events.
 */
final class OrganizationMembers {

    private final Map<UUID, OrganizationMember> members = new HashMap<>();

    OrganizationMember get(UUID organizationUserId) {
        OrganizationMember member = members.get(organizationUserId);
        if (member == null) {
            throw OrganizationErrors.memberNotFound();
        }
        return member;
    }

    boolean hasEmail(String email) {
        return members.values().stream().anyMatch(m -> m.email().equals(email));
    }

    long occupiedSeats() {
        return members.values().stream().filter(m -> m.status().takesSeat()).count();
    }

    /** Whether taking this member out of the confirmed Owners would leave none (provider members do not count). */
    boolean isLastConfirmedOwner(UUID organizationUserId) {
        return get(organizationUserId).isConfirmedOwner()
                && members.values().stream()
                                .filter(OrganizationMember::isConfirmedOwner)
                                .count()
                        == 1;
    }

    /**
     * Refuses what the actor may not do to a member of {@code currentType} who would become {@code newType} with
     * {@code granted} permissions (O-10, O-11): only Owners and provider members touch Owners, Custom members
     * touch no Admin or Owner and grant only permissions they hold.
     */
    void requireMayManage(
            OrganizationActor actor,
            OrganizationUserType currentType,
            OrganizationUserType newType,
            Set<CustomPermission> granted) {
        OrganizationMember acting = actor.providerMember()
                ? null
                : confirmedMember(actor.userId()).orElseThrow(OrganizationErrors::notAMember);
        OrganizationPolicy.checkManagesMember(actor.role(acting), currentType, newType, granted);
    }

    /** Sets a member's Custom permissions (none for other roles), recording only a change. */
    void setPermissions(
            UUID organizationId,
            UUID organizationUserId,
            OrganizationUserType type,
            Set<CustomPermission> permissions) {
        Set<CustomPermission> granted = type == OrganizationUserType.CUSTOM ? permissions : Set.of();
        if (!granted.equals(get(organizationUserId).permissions())) {
            apply(new OrganizationUserPermissionsSet(
                    organizationId,
                    organizationUserId,
                    granted.stream().sorted().toList()));
        }
    }

    /** The email that billing falls back to when an organization leaves its provider (PO-08). */
    Optional<String> firstConfirmedOwnerEmail() {
        return members.values().stream()
                .filter(OrganizationMember::isConfirmedOwner)
                .map(OrganizationMember::email)
                .sorted()
                .findFirst();
    }

    void requireNotSelf(OrganizationActor actor, UUID organizationUserId) {
        if (actor.userId().equals(get(organizationUserId).userId())) {
            throw OrganizationErrors.notYourself();
        }
    }

    Optional<UUID> confirmedMemberId(UUID userId) {
        return members.entrySet().stream()
                .filter(e -> userId.equals(e.getValue().userId())
                        && e.getValue().status() == OrganizationUserStatus.CONFIRMED)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    Optional<OrganizationMember> confirmedMember(UUID userId) {
        return confirmedMemberId(userId).map(members::get);
    }

    @EventSourcingHandler
    void on(OrganizationUserInvited event) {
        members.put(event.organizationUserId(), OrganizationMember.invited(event.email(), event.type()));
    }

    @EventSourcingHandler
    void on(OrganizationOwnerAdded event) {
        members.put(
                event.organizationUserId(),
                new OrganizationMember(
                        event.email(),
                        event.userId(),
                        OrganizationUserType.OWNER,
                        Set.of(),
                        OrganizationUserStatus.CONFIRMED,
                        null));
    }

    @EventSourcingHandler
    void on(OrganizationUserAccepted event) {
        update(event.organizationUserId(), member -> member.accepted(event.userId()));
    }

    @EventSourcingHandler
    void on(OrganizationUserConfirmed event) {
        update(event.organizationUserId(), member -> member.withStatus(OrganizationUserStatus.CONFIRMED));
    }

    @EventSourcingHandler
    void on(OrganizationUserTypeChanged event) {
        update(event.organizationUserId(), member -> member.withType(event.type()));
    }

    @EventSourcingHandler
    void on(OrganizationUserPermissionsSet event) {
        update(event.organizationUserId(), member -> member.withPermissions(Set.copyOf(event.permissions())));
    }

    @EventSourcingHandler
    void on(OrganizationUserRevoked event) {
        update(event.organizationUserId(), OrganizationMember::revoked);
    }

    @EventSourcingHandler
    void on(OrganizationUserRestored event) {
        update(event.organizationUserId(), member -> member.withStatus(event.status()));
    }

    @EventSourcingHandler
    void on(OrganizationUserRemoved event) {
        members.remove(event.organizationUserId());
    }

    private void update(UUID organizationUserId, UnaryOperator<OrganizationMember> change) {
        members.computeIfPresent(organizationUserId, (id, member) -> change.apply(member));
    }
}
