package io.providerportal.command.organization;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one user may do through the collections of one organization, as item commands need it: the effective
 * flags per reachable collection (C-03), or every item of the organization for those who manage it all.
 *
 * @param member      a confirmed member of the organization, which is enabled
 * @param allItems    Owners and Admins while the organization allows them all items, and Custom members with
 *                    EditAnyCollection: every item, unassigned ones too, with every right
 * @param collections the collections the user reaches, with the effective flags (all of them for {@code allItems})
 * @param existing    every collection of the organization, reachable or not
 */
public record CollectionGrants(boolean member, boolean allItems, Map<UUID, Flags> collections, Set<UUID> existing) {

    /** A stranger, a member who is not confirmed, or a member of a disabled organization. */
    public static final CollectionGrants NONE = new CollectionGrants(false, false, Map.of(), Set.of());

    public CollectionGrants {
        collections = Map.copyOf(collections);
        existing = Set.copyOf(existing);
    }

    public record Flags(boolean readOnly, boolean hidePasswords, boolean manage) {

        public static final Flags ALL = new Flags(false, false, true);
    }

    /** Whether the user may put items into the collection, or take them out of it. */
    public boolean mayEditIn(UUID collectionId) {
        Flags flags = collections.get(collectionId);
        return flags != null && !flags.readOnly();
    }
}
