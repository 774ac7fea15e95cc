package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.organization.OrganizationCommands.CollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.Grant;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.CollectionRenamed;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.platform.web.NotFound;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The collections of one organization, their names and each member's direct access to them; an aggregate member. */
final class OrganizationCollections {

    private final Map<UUID, String> names = new HashMap<>();
    private final Map<UUID, Map<UUID, CollectionAccess>> accessByMember = new HashMap<>();

    void requireExists(UUID collectionId) {
        if (!names.containsKey(collectionId)) {
            throw NotFound.collection();
        }
    }

    String name(UUID collectionId) {
        requireExists(collectionId);
        return names.get(collectionId);
    }

    Optional<CollectionAccess> directAccess(UUID memberId, UUID collectionId) {
        return Optional.ofNullable(
                accessByMember.getOrDefault(memberId, Map.of()).get(collectionId));
    }

    boolean hasDirectManager(UUID collectionId) {
        return accessByMember.values().stream()
                .map(access -> access.get(collectionId))
                .anyMatch(access -> access != null && access.manage());
    }

    /** Replaces the member's direct access: sets every listed collection, removes the ones no longer listed. */
    void setAccess(UUID organizationId, UUID memberId, List<CollectionAccess> access) {
        access.forEach(entry -> requireExists(entry.collectionId()));
        Map<UUID, CollectionAccess> current = Map.copyOf(accessByMember.getOrDefault(memberId, Map.of()));
        Set<UUID> listed = new HashSet<>();
        for (CollectionAccess entry : access) {
            listed.add(entry.collectionId());
            setIfChanged(organizationId, memberId, entry, current.get(entry.collectionId()));
        }
        current.keySet().stream()
                .filter(id -> !listed.contains(id))
                .sorted()
                .forEach(id -> apply(new CollectionMemberAccessRemoved(organizationId, id, memberId)));
    }

    /** Replaces the direct access of all members to one collection, from the collection's side. */
    void setAccessTo(UUID organizationId, UUID collectionId, List<Grant> users) {
        grantOn(organizationId, collectionId, users);
        Set<UUID> listed = users.stream().map(Grant::id).collect(Collectors.toSet());
        accessByMember.entrySet().stream()
                .filter(e -> e.getValue().containsKey(collectionId) && !listed.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList()
                .forEach(memberId -> apply(new CollectionMemberAccessRemoved(organizationId, collectionId, memberId)));
    }

    /** Sets the listed members' direct access to one collection, leaving everyone else's as it is. */
    void grantOn(UUID organizationId, UUID collectionId, List<Grant> users) {
        for (Grant grant : users) {
            setIfChanged(
                    organizationId,
                    grant.id(),
                    grant.to(collectionId),
                    directAccess(grant.id(), collectionId).orElse(null));
        }
    }

    private static void setIfChanged(
            UUID organizationId, UUID memberId, CollectionAccess wanted, CollectionAccess current) {
        if (!wanted.equals(current)) {
            apply(new CollectionMemberAccessSet(
                    organizationId,
                    wanted.collectionId(),
                    memberId,
                    wanted.readOnly(),
                    wanted.hidePasswords(),
                    wanted.manage()));
        }
    }

    @EventSourcingHandler
    void on(CollectionCreated event) {
        names.put(event.collectionId(), event.name());
    }

    @EventSourcingHandler
    void on(CollectionRenamed event) {
        names.put(event.collectionId(), event.name());
    }

    @EventSourcingHandler
    void on(CollectionDeleted event) {
        names.remove(event.collectionId());
        accessByMember.values().forEach(access -> access.remove(event.collectionId()));
    }

    @EventSourcingHandler
    void on(CollectionMemberAccessSet event) {
        accessByMember
                .computeIfAbsent(event.organizationUserId(), id -> new HashMap<>())
                .put(
                        event.collectionId(),
                        new CollectionAccess(
                                event.collectionId(), event.readOnly(), event.hidePasswords(), event.manage()));
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
