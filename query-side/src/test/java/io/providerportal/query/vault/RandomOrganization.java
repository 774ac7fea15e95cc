package io.providerportal.query.vault;

import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.CollectionGroupAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.GroupDeleted;
import io.providerportal.events.organization.GroupMemberRemoved;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserStatus;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.vault.VaultItemCollectionsChanged;
import io.providerportal.events.vault.VaultItemTrashed;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.query.vault.VaultFixture.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A random organization, appended as events and kept as a plain model from which each user's vault is computed
 * straightforwardly by the rules (C-03, V-12), independently of the SQL under test.
 */
class RandomOrganization {

    record Flags(boolean readOnly, boolean hidePasswords, boolean manage) {}

    private record Pair(UUID owner, UUID collection) {}

    private static final class Item {
        final Set<UUID> collections = new HashSet<>();
        UUID personalOwner;
        boolean trashed;
    }

    private final Random random;
    private final VaultFixture org;
    final Map<Member, OrganizationUserStatus> members = new LinkedHashMap<>();
    private final Map<UUID, Set<Member>> groups = new LinkedHashMap<>();
    private final List<UUID> collections = new ArrayList<>();
    private final Map<Pair, Flags> direct = new HashMap<>();
    private final Map<Pair, Flags> groupAccess = new HashMap<>();
    private final Map<UUID, Item> items = new LinkedHashMap<>();

    RandomOrganization(Random random, VaultFixture org) {
        this.random = random;
        this.org = org;
    }

    /** About a dozen members of every status, four groups, eight collections, sixty items, then later changes. */
    void generate() {
        members.put(org.create(), OrganizationUserStatus.CONFIRMED);
        OrganizationUserType[] types = OrganizationUserType.values();
        for (int i = 0; i < 11; i++) {
            OrganizationUserType type = types[random.nextInt(types.length)];
            OrganizationUserStatus status = OrganizationUserStatus.values()[random.nextInt(4)];
            Member member = switch (status) {
                case INVITED -> org.invited(type);
                case ACCEPTED -> org.accepted(type);
                case CONFIRMED, REVOKED -> org.confirmed(type);
            };
            if (status == OrganizationUserStatus.REVOKED) {
                org.organization(new OrganizationUserRevoked(org.organizationId, member.id()));
            }
            members.put(member, status);
        }
        for (int i = 0; i < 8; i++) {
            collections.add(org.collection());
        }
        for (int i = 0; i < 4; i++) {
            Member[] chosen =
                    members.keySet().stream().filter(m -> chance(0.35)).toArray(Member[]::new);
            groups.put(org.group(chosen), new HashSet<>(List.of(chosen)));
        }
        for (UUID collection : collections) {
            for (Member member : members.keySet()) {
                if (chance(0.25)) {
                    Flags flags = flags();
                    org.access(member, collection, flags.readOnly(), flags.hidePasswords(), flags.manage());
                    direct.put(new Pair(member.id(), collection), flags);
                }
            }
            for (UUID group : groups.keySet()) {
                if (chance(0.35)) {
                    Flags flags = flags();
                    org.groupAccess(group, collection, flags.readOnly(), flags.hidePasswords(), flags.manage());
                    groupAccess.put(new Pair(group, collection), flags);
                }
            }
        }
        for (int i = 0; i < 60; i++) {
            Item item = new Item();
            collections.stream().filter(c -> chance(0.2)).forEach(item.collections::add);
            VaultItemType type = VaultItemType.values()[random.nextInt(VaultItemType.values().length)];
            UUID id = org.item(type, item.collections.toArray(UUID[]::new));
            items.put(id, item);
        }
        for (Member member : members.keySet()) {
            if (chance(0.3)) {
                Item item = new Item();
                item.personalOwner = member.userId();
                items.put(org.personalItem(member.userId()), item);
            }
        }
        items.forEach((id, item) -> {
            if (chance(0.15)) {
                org.append(
                        id,
                        new VaultItemTrashed(
                                id,
                                item.personalOwner == null ? org.organizationId : null,
                                item.personalOwner,
                                VaultFixture.now()));
                item.trashed = true;
            }
        });
        changeLater();
    }

    /** Changes after the fact, each of which must reach the precomputed access. */
    private void changeLater() {
        direct.keySet().stream().findAny().ifPresent(pair -> {
            org.organization(new CollectionMemberAccessRemoved(org.organizationId, pair.collection(), pair.owner()));
            direct.remove(pair);
        });
        groupAccess.keySet().stream().findAny().ifPresent(pair -> {
            org.organization(new CollectionGroupAccessRemoved(org.organizationId, pair.collection(), pair.owner()));
            groupAccess.remove(pair);
        });
        groups.entrySet().stream()
                .filter(g -> !g.getValue().isEmpty())
                .findFirst()
                .ifPresent(group -> {
                    Member member = group.getValue().iterator().next();
                    org.organization(new GroupMemberRemoved(org.organizationId, group.getKey(), member.id()));
                    group.getValue().remove(member);
                });
        UUID deletedGroup = groups.keySet().iterator().next();
        org.organization(new GroupDeleted(org.organizationId, deletedGroup));
        groups.remove(deletedGroup);
        groupAccess.keySet().removeIf(pair -> pair.owner().equals(deletedGroup));

        UUID deletedCollection = collections.remove(random.nextInt(collections.size()));
        org.organization(new CollectionDeleted(org.organizationId, deletedCollection));
        direct.keySet().removeIf(pair -> pair.collection().equals(deletedCollection));
        groupAccess.keySet().removeIf(pair -> pair.collection().equals(deletedCollection));
        items.values().forEach(item -> item.collections.remove(deletedCollection));

        members.entrySet().stream()
                .skip(1)
                .filter(m -> m.getValue() == OrganizationUserStatus.CONFIRMED)
                .findFirst()
                .ifPresent(member -> {
                    org.organization(new OrganizationUserRevoked(
                            org.organizationId, member.getKey().id()));
                    member.setValue(OrganizationUserStatus.REVOKED);
                });
        members.entrySet().stream()
                .filter(m -> m.getValue() == OrganizationUserStatus.REVOKED)
                .findFirst()
                .ifPresent(member -> {
                    org.organization(new OrganizationUserRestored(
                            org.organizationId, member.getKey().id(), OrganizationUserStatus.CONFIRMED));
                    member.setValue(OrganizationUserStatus.CONFIRMED);
                });
        items.entrySet().stream()
                .filter(i -> i.getValue().personalOwner == null)
                .findFirst()
                .ifPresent(entry -> {
                    entry.getValue().collections.clear();
                    entry.getValue().collections.add(collections.get(0));
                    org.append(
                            entry.getKey(),
                            new VaultItemCollectionsChanged(
                                    entry.getKey(),
                                    org.organizationId,
                                    List.of(collections.get(0)),
                                    VaultFixture.now()));
                });
    }

    /** The collections the member reaches: a direct row wins; across groups readOnly/hide only if all, manage if any. */
    Map<UUID, Flags> reach(Member member) {
        Map<UUID, Flags> reach = new HashMap<>();
        if (members.get(member) != OrganizationUserStatus.CONFIRMED) {
            return reach;
        }
        for (UUID collection : collections) {
            Flags own = direct.get(new Pair(member.id(), collection));
            List<Flags> viaGroups = groups.entrySet().stream()
                    .filter(g -> g.getValue().contains(member))
                    .map(g -> groupAccess.get(new Pair(g.getKey(), collection)))
                    .filter(f -> f != null)
                    .toList();
            if (own != null) {
                reach.put(collection, own);
            } else if (!viaGroups.isEmpty()) {
                reach.put(
                        collection,
                        new Flags(
                                viaGroups.stream().allMatch(Flags::readOnly),
                                viaGroups.stream().allMatch(Flags::hidePasswords),
                                viaGroups.stream().anyMatch(Flags::manage)));
            }
        }
        return reach;
    }

    /** Each item the member's vault shows, as "id edit viewPassword manage [reached collections]". */
    Set<String> expectedItems(Member member, boolean trash) {
        Map<UUID, Flags> reach = reach(member);
        Set<String> expected = new TreeSet<>();
        items.forEach((id, item) -> {
            if (item.trashed != trash) {
                return;
            }
            if (member.userId().equals(item.personalOwner)) {
                expected.add(line(id, true, true, true, List.of()));
                return;
            }
            List<UUID> reached =
                    item.collections.stream().filter(reach::containsKey).toList();
            if (item.personalOwner == null && !reached.isEmpty()) {
                expected.add(line(
                        id,
                        reached.stream().anyMatch(c -> !reach.get(c).readOnly()),
                        reached.stream().anyMatch(c -> !reach.get(c).hidePasswords()),
                        reached.stream().anyMatch(c -> reach.get(c).manage()),
                        reached));
            }
        });
        return expected;
    }

    static String line(UUID id, boolean edit, boolean viewPassword, boolean manage, List<?> collections) {
        return id + " " + edit + " " + viewPassword + " " + manage + " "
                + new TreeSet<>(collections.stream().map(Object::toString).toList());
    }

    private Flags flags() {
        return new Flags(random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}
