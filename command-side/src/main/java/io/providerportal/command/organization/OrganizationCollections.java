package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.organization.MemberCommands.CollectionAccess;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.OrganizationUserRemoved;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The collections of one organization and each member's direct access to them; an aggregate member. */
final class OrganizationCollections {

    private final Set<UUID> collections = new HashSet<>();
    private final Map<UUID, Map<UUID, CollectionAccess>> accessByMember = new HashMap<>();

    void requireExists(UUID collectionId) {
        if (!collections.contains(collectionId)) {
            throw OrganizationErrors.collectionNotFound();
        }
    }

    /** Replaces the member's direct access: sets every listed collection, removes the ones no longer listed. */
    void setAccess(UUID organizationId, UUID memberId, List<CollectionAccess> access) {
        access.forEach(entry -> requireExists(entry.collectionId()));
        Map<UUID, CollectionAccess> current = Map.copyOf(accessByMember.getOrDefault(memberId, Map.of()));
        Set<UUID> listed = new HashSet<>();
        for (CollectionAccess entry : access) {
            listed.add(entry.collectionId());
            if (!entry.equals(current.get(entry.collectionId()))) {
                apply(new CollectionMemberAccessSet(organizationId, entry.collectionId(), memberId,
                        entry.readOnly(), entry.hidePasswords(), entry.manage()));
            }
        }
        current.keySet().stream().filter(id -> !listed.contains(id)).sorted()
                .forEach(id -> apply(new CollectionMemberAccessRemoved(organizationId, id, memberId)));
    }

    @EventSourcingHandler
    void on(CollectionCreated event) {
        collections.add(event.collectionId());
    }

    @EventSourcingHandler
    void on(CollectionMemberAccessSet event) {
        accessByMember.computeIfAbsent(event.organizationUserId(), id -> new HashMap<>()).put(event.collectionId(),
                new CollectionAccess(event.collectionId(), event.readOnly(), event.hidePasswords(), event.manage()));
    }

    @EventSourcingHandler
    void on(CollectionMemberAccessRemoved event) {
        accessByMember.getOrDefault(event.organizationUserId(), new HashMap<>()).remove(event.collectionId());
    }

    @EventSourcingHandler
    void on(OrganizationUserRemoved event) {
        accessByMember.remove(event.organizationUserId());
    }
}
