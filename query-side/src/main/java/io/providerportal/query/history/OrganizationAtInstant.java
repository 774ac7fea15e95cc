package io.providerportal.query.history;

import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.ClientOrganizationUpdated;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.CollectionGroupAccessRemoved;
import io.providerportal.events.organization.CollectionGroupAccessSet;
import io.providerportal.events.organization.CollectionManagementUpdated;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.CollectionRenamed;
import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.GroupCreated;
import io.providerportal.events.organization.GroupDeleted;
import io.providerportal.events.organization.GroupMemberAdded;
import io.providerportal.events.organization.GroupMemberRemoved;
import io.providerportal.events.organization.GroupRenamed;
import io.providerportal.events.organization.OrganizationCreated;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationEnabled;
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
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.organization.PolicyUpdated;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * An organization's members, roles, groups, collections, access, policies and settings as they were at one
 * instant, folded from its own events up to that instant. Independent of every read model on purpose: it is what
 * the events say, however the projections were written at the time.
 */
final class OrganizationAtInstant {

    record Access(UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {}

    record Member(
            UUID id,
            String email,
            UUID userId,
            OrganizationUserType type,
            OrganizationUserStatus status,
            Set<CustomPermission> permissions,
            Set<UUID> groups,
            List<Access> collections) {}

    record Group(UUID id, String name, Set<UUID> members, List<Access> collections) {}

    record Collection(UUID id, String name, String externalId, List<Access> users, List<Access> groups) {}

    record Policy(PolicyType type, boolean enabled, String data) {}

    record CollectionManagement(
            boolean limitCollectionCreation,
            boolean limitCollectionDeletion,
            boolean allowAdminAccessToAllCollectionItems) {}

    /** The answer: the state, with the instant asked for and the last event it includes. */
    record View(
            UUID organizationId,
            Instant at,
            long sequence,
            Instant lastChange,
            String name,
            UUID providerId,
            PlanType plan,
            int seats,
            String billingEmail,
            boolean enabled,
            CollectionManagement collectionManagement,
            List<Member> members,
            List<Group> groups,
            List<Collection> collections,
            List<Policy> policies) {}

    private static final class MemberState {
        String email;
        UUID userId;
        OrganizationUserType type;
        OrganizationUserStatus status;
        Set<CustomPermission> permissions = Set.of();
    }

    private final UUID organizationId;
    private String name;
    private UUID providerId;
    private PlanType plan;
    private int seats;
    private String billingEmail;
    private boolean enabled = true;
    private boolean deleted;
    private CollectionManagement collectionManagement = new CollectionManagement(false, false, true);
    private final Map<UUID, MemberState> members = new TreeMap<>();
    private final Map<UUID, String> groupNames = new TreeMap<>();
    private final Map<UUID, Set<UUID>> groupMembers = new TreeMap<>();
    private final Map<UUID, String> collectionNames = new TreeMap<>();
    private final Map<UUID, String> collectionExternalIds = new TreeMap<>();
    private final Map<UUID, Map<UUID, Access>> memberAccess = new TreeMap<>();
    private final Map<UUID, Map<UUID, Access>> groupAccess = new TreeMap<>();
    private final Map<PolicyType, Policy> policies = new TreeMap<>();

    OrganizationAtInstant(UUID organizationId) {
        this.organizationId = organizationId;
    }

    void apply(Object event) {
        if (event instanceof ClientOrganizationCreated e) {
            profile(e.name(), e.plan(), e.seats(), e.billingEmail());
            providerId = e.providerId();
        } else if (event instanceof OrganizationCreated e) {
            profile(e.name(), e.plan(), e.seats(), e.billingEmail());
        } else if (event instanceof ClientOrganizationAdded e) {
            providerId = e.providerId();
            billingEmail = e.billingEmail();
        } else if (event instanceof ClientOrganizationUpdated e) {
            name = e.name();
            seats = e.seats();
        } else if (event instanceof ClientOrganizationUnlinked e) {
            providerId = null;
            billingEmail = e.billingEmail();
        } else if (event instanceof OrganizationDeleted) {
            deleted = true;
        } else if (event instanceof OrganizationDisabled) {
            enabled = false;
        } else if (event instanceof OrganizationEnabled) {
            enabled = true;
        } else if (event instanceof OrganizationOwnerAdded e) {
            member(e.organizationUserId(), e.email(), OrganizationUserType.OWNER, OrganizationUserStatus.CONFIRMED)
                            .userId =
                    e.userId();
        } else if (event instanceof OrganizationUserInvited e) {
            member(e.organizationUserId(), e.email(), e.type(), OrganizationUserStatus.INVITED);
        } else if (event instanceof OrganizationUserAccepted e) {
            update(e.organizationUserId(), m -> {
                m.userId = e.userId();
                m.status = OrganizationUserStatus.ACCEPTED;
            });
        } else if (event instanceof OrganizationUserConfirmed e) {
            update(e.organizationUserId(), m -> m.status = OrganizationUserStatus.CONFIRMED);
        } else if (event instanceof OrganizationUserRevoked e) {
            update(e.organizationUserId(), m -> m.status = OrganizationUserStatus.REVOKED);
        } else if (event instanceof OrganizationUserRestored e) {
            update(e.organizationUserId(), m -> m.status = e.status());
        } else if (event instanceof OrganizationUserTypeChanged e) {
            update(e.organizationUserId(), m -> m.type = e.type());
        } else if (event instanceof OrganizationUserPermissionsSet e) {
            update(e.organizationUserId(), m -> m.permissions = Set.copyOf(e.permissions()));
        } else if (event instanceof OrganizationUserRemoved e) {
            members.remove(e.organizationUserId());
            groupMembers.values().forEach(ids -> ids.remove(e.organizationUserId()));
            memberAccess.values().forEach(access -> access.remove(e.organizationUserId()));
        } else if (event instanceof GroupCreated e) {
            groupNames.put(e.groupId(), e.name());
            groupMembers.put(e.groupId(), new TreeSet<>());
        } else if (event instanceof GroupRenamed e) {
            groupNames.put(e.groupId(), e.name());
        } else if (event instanceof GroupDeleted e) {
            groupNames.remove(e.groupId());
            groupMembers.remove(e.groupId());
            groupAccess.values().forEach(access -> access.remove(e.groupId()));
        } else if (event instanceof GroupMemberAdded e) {
            groupMembers.computeIfAbsent(e.groupId(), id -> new TreeSet<>()).add(e.organizationUserId());
        } else if (event instanceof GroupMemberRemoved e) {
            groupMembers.getOrDefault(e.groupId(), new TreeSet<>()).remove(e.organizationUserId());
        } else if (event instanceof CollectionCreated e) {
            collectionNames.put(e.collectionId(), e.name());
            if (e.externalId() != null) {
                collectionExternalIds.put(e.collectionId(), e.externalId());
            }
        } else if (event instanceof CollectionRenamed e) {
            collectionNames.put(e.collectionId(), e.name());
        } else if (event instanceof CollectionDeleted e) {
            collectionNames.remove(e.collectionId());
            memberAccess.remove(e.collectionId());
            groupAccess.remove(e.collectionId());
        } else if (event instanceof CollectionMemberAccessSet e) {
            memberAccess
                    .computeIfAbsent(e.collectionId(), id -> new TreeMap<>())
                    .put(
                            e.organizationUserId(),
                            new Access(e.organizationUserId(), e.readOnly(), e.hidePasswords(), e.manage()));
        } else if (event instanceof CollectionMemberAccessRemoved e) {
            memberAccess.getOrDefault(e.collectionId(), new TreeMap<>()).remove(e.organizationUserId());
        } else if (event instanceof CollectionGroupAccessSet e) {
            groupAccess
                    .computeIfAbsent(e.collectionId(), id -> new TreeMap<>())
                    .put(e.groupId(), new Access(e.groupId(), e.readOnly(), e.hidePasswords(), e.manage()));
        } else if (event instanceof CollectionGroupAccessRemoved e) {
            groupAccess.getOrDefault(e.collectionId(), new TreeMap<>()).remove(e.groupId());
        } else if (event instanceof PolicyUpdated e) {
            policies.put(e.type(), new Policy(e.type(), e.enabled(), e.data()));
        } else if (event instanceof CollectionManagementUpdated e) {
            collectionManagement = new CollectionManagement(
                    e.limitCollectionCreation(), e.limitCollectionDeletion(), e.allowAdminAccessToAllCollectionItems());
        }
        // reinvitations change nothing here
    }

    /**
     * Whether the events folded so far created an organization (an id could name any other aggregate) and did not
     * delete it.
     */
    boolean exists() {
        return plan != null && !deleted;
    }

    View view(Instant at, long sequence, Instant lastChange) {
        List<Member> memberViews = members.entrySet().stream()
                .map(e -> new Member(
                        e.getKey(),
                        e.getValue().email,
                        e.getValue().userId,
                        e.getValue().type,
                        e.getValue().status,
                        new TreeSet<>(e.getValue().permissions),
                        groupsOf(e.getKey()),
                        accessOf(memberAccess, e.getKey())))
                .toList();
        List<Group> groupViews = groupNames.entrySet().stream()
                .map(e -> new Group(
                        e.getKey(),
                        e.getValue(),
                        groupMembers.getOrDefault(e.getKey(), Set.of()),
                        accessOf(groupAccess, e.getKey())))
                .toList();
        List<Collection> collectionViews = collectionNames.entrySet().stream()
                .map(e -> new Collection(
                        e.getKey(),
                        e.getValue(),
                        collectionExternalIds.get(e.getKey()),
                        List.copyOf(
                                memberAccess.getOrDefault(e.getKey(), Map.of()).values()),
                        List.copyOf(
                                groupAccess.getOrDefault(e.getKey(), Map.of()).values())))
                .toList();
        return new View(
                organizationId,
                at,
                sequence,
                lastChange,
                name,
                providerId,
                plan,
                seats,
                billingEmail,
                enabled,
                collectionManagement,
                memberViews,
                groupViews,
                collectionViews,
                List.copyOf(policies.values()));
    }

    private void profile(String newName, PlanType newPlan, int newSeats, String newBillingEmail) {
        name = newName;
        plan = newPlan;
        seats = newSeats;
        billingEmail = newBillingEmail;
    }

    private MemberState member(UUID id, String email, OrganizationUserType type, OrganizationUserStatus status) {
        MemberState member = new MemberState();
        member.email = email;
        member.type = type;
        member.status = status;
        members.put(id, member);
        return member;
    }

    private void update(UUID memberId, Consumer<MemberState> change) {
        MemberState member = members.get(memberId);
        if (member != null) {
            change.accept(member);
        }
    }

    private Set<UUID> groupsOf(UUID memberId) {
        Set<UUID> groups = new TreeSet<>();
        groupMembers.forEach((groupId, ids) -> {
            if (ids.contains(memberId)) {
                groups.add(groupId);
            }
        });
        return groups;
    }

    /** The collections that grant the member or group (by id) access, with that access keyed by collection. */
    private static List<Access> accessOf(Map<UUID, Map<UUID, Access>> byCollection, UUID holder) {
        return byCollection.entrySet().stream()
                .filter(e -> e.getValue().containsKey(holder))
                .map(e -> {
                    Access access = e.getValue().get(holder);
                    return new Access(e.getKey(), access.readOnly(), access.hidePasswords(), access.manage());
                })
                .toList();
    }
}
