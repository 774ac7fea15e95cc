package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.organization.OrganizationCommands.CollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.CreateGroup;
import io.providerportal.command.organization.OrganizationCommands.DeleteGroup;
import io.providerportal.command.organization.OrganizationCommands.Grant;
import io.providerportal.command.organization.OrganizationCommands.UpdateGroup;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.CollectionGroupAccessRemoved;
import io.providerportal.events.organization.CollectionGroupAccessSet;
import io.providerportal.events.organization.GroupCreated;
import io.providerportal.events.organization.GroupDeleted;
import io.providerportal.events.organization.GroupMemberAdded;
import io.providerportal.events.organization.GroupMemberRemoved;
import io.providerportal.events.organization.GroupRenamed;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.platform.web.NotFoundException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The groups of one organization (O-16): names, members and collection access. An aggregate member of
 * {@link Organization}; it handles the group commands itself and checks members and collections against its
 * siblings.
 */
final class OrganizationGroups {

    private record Group(String name, Set<UUID> members, Map<UUID, CollectionAccess> access) {}

    private final OrganizationMembers members;
    private final OrganizationCollections collections;
    private final Map<UUID, Group> groups = new HashMap<>();

    OrganizationGroups(OrganizationMembers members, OrganizationCollections collections) {
        this.members = members;
        this.collections = collections;
    }

    @CommandHandler
    void handle(CreateGroup command) {
        validate(command.members(), command.collections());
        apply(new GroupCreated(command.organizationId(), command.groupId(), command.name()));
        setMembers(command.organizationId(), command.groupId(), command.members());
        setAccess(command.organizationId(), command.groupId(), command.collections());
    }

    @CommandHandler
    void handle(UpdateGroup command) {
        Group group = get(command.groupId());
        validate(command.members(), command.collections());
        if (!Objects.equals(group.name(), command.name())) {
            apply(new GroupRenamed(command.organizationId(), command.groupId(), command.name()));
        }
        setMembers(command.organizationId(), command.groupId(), command.members());
        setAccess(command.organizationId(), command.groupId(), command.collections());
    }

    @CommandHandler
    void handle(DeleteGroup command) {
        get(command.groupId());
        apply(new GroupDeleted(command.organizationId(), command.groupId()));
    }

    /** Puts the member in exactly the given groups, from the member's side (invite, update). */
    void setGroupsOf(UUID organizationId, UUID memberId, Set<UUID> groupIds) {
        groupIds.forEach(this::get);
        groups.forEach((groupId, group) -> {
            boolean wanted = groupIds.contains(groupId);
            if (wanted && !group.members().contains(memberId)) {
                apply(new GroupMemberAdded(organizationId, groupId, memberId));
            } else if (!wanted && group.members().contains(memberId)) {
                apply(new GroupMemberRemoved(organizationId, groupId, memberId));
            }
        });
    }

    Set<UUID> groupsOf(UUID memberId) {
        Set<UUID> result = new HashSet<>();
        groups.forEach((id, group) -> {
            if (group.members().contains(memberId)) {
                result.add(id);
            }
        });
        return result;
    }

    void requireExists(UUID groupId) {
        get(groupId);
    }

    /** The access rows to the collection of every group the member is in. */
    List<CollectionAccess> groupAccessOf(UUID memberId, UUID collectionId) {
        return groups.values().stream()
                .filter(group -> group.members().contains(memberId))
                .map(group -> group.access().get(collectionId))
                .filter(Objects::nonNull)
                .toList();
    }

    boolean hasGroupManager(UUID collectionId) {
        return groups.values().stream()
                .map(group -> group.access().get(collectionId))
                .anyMatch(access -> access != null && access.manage());
    }

    /** Replaces the access of all groups to one collection, from the collection's side. */
    /** Sets the listed groups' access to one collection, leaving the other groups' as it is. */
    void grantOn(UUID organizationId, UUID collectionId, List<Grant> grants) {
        for (Grant grant : grants) {
            CollectionAccess wanted = grant.to(collectionId);
            if (!wanted.equals(get(grant.id()).access().get(collectionId))) {
                apply(new CollectionGroupAccessSet(
                        organizationId,
                        collectionId,
                        grant.id(),
                        wanted.readOnly(),
                        wanted.hidePasswords(),
                        wanted.manage()));
            }
        }
    }

    void setAccessTo(UUID organizationId, UUID collectionId, List<Grant> grants) {
        grantOn(organizationId, collectionId, grants);
        Set<UUID> listed = grants.stream().map(Grant::id).collect(Collectors.toSet());
        groups.entrySet().stream()
                .filter(e -> e.getValue().access().containsKey(collectionId) && !listed.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList()
                .forEach(groupId -> apply(new CollectionGroupAccessRemoved(organizationId, collectionId, groupId)));
    }

    private void validate(Set<UUID> memberIds, List<CollectionAccess> access) {
        memberIds.forEach(members::get);
        access.forEach(entry -> collections.requireExists(entry.collectionId()));
    }

    private void setMembers(UUID organizationId, UUID groupId, Set<UUID> wanted) {
        Set<UUID> current = Set.copyOf(get(groupId).members());
        wanted.stream()
                .filter(id -> !current.contains(id))
                .sorted()
                .forEach(id -> apply(new GroupMemberAdded(organizationId, groupId, id)));
        current.stream()
                .filter(id -> !wanted.contains(id))
                .sorted()
                .forEach(id -> apply(new GroupMemberRemoved(organizationId, groupId, id)));
    }

    private void setAccess(UUID organizationId, UUID groupId, List<CollectionAccess> access) {
        Map<UUID, CollectionAccess> current = Map.copyOf(get(groupId).access());
        Set<UUID> listed = new HashSet<>();
        for (CollectionAccess entry : access) {
            listed.add(entry.collectionId());
            if (!entry.equals(current.get(entry.collectionId()))) {
                apply(new CollectionGroupAccessSet(
                        organizationId,
                        entry.collectionId(),
                        groupId,
                        entry.readOnly(),
                        entry.hidePasswords(),
                        entry.manage()));
            }
        }
        current.keySet().stream()
                .filter(id -> !listed.contains(id))
                .sorted()
                .forEach(id -> apply(new CollectionGroupAccessRemoved(organizationId, id, groupId)));
    }

    private Group get(UUID groupId) {
        Group group = groups.get(groupId);
        if (group == null) {
            throw new NotFoundException("group.not-found", "No such group in this organization.");
        }
        return group;
    }

    @EventSourcingHandler
    void on(GroupCreated event) {
        groups.put(event.groupId(), new Group(event.name(), new HashSet<>(), new HashMap<>()));
    }

    @EventSourcingHandler
    void on(GroupRenamed event) {
        groups.computeIfPresent(
                event.groupId(), (id, group) -> new Group(event.name(), group.members(), group.access()));
    }

    @EventSourcingHandler
    void on(GroupDeleted event) {
        groups.remove(event.groupId());
    }

    @EventSourcingHandler
    void on(GroupMemberAdded event) {
        groups.get(event.groupId()).members().add(event.organizationUserId());
    }

    @EventSourcingHandler
    void on(GroupMemberRemoved event) {
        groups.get(event.groupId()).members().remove(event.organizationUserId());
    }

    @EventSourcingHandler
    void on(CollectionGroupAccessSet event) {
        groups.get(event.groupId())
                .access()
                .put(
                        event.collectionId(),
                        new CollectionAccess(
                                event.collectionId(), event.readOnly(), event.hidePasswords(), event.manage()));
    }

    @EventSourcingHandler
    void on(CollectionGroupAccessRemoved event) {
        groups.get(event.groupId()).access().remove(event.collectionId());
    }

    @EventSourcingHandler
    void on(CollectionDeleted event) {
        groups.values().forEach(group -> group.access().remove(event.collectionId()));
    }

    @EventSourcingHandler
    void on(OrganizationUserRemoved event) {
        groups.values().forEach(group -> group.members().remove(event.organizationUserId()));
    }
}
