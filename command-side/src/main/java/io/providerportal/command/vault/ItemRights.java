package io.providerportal.command.vault;

import io.providerportal.command.organization.CollectionGrants;
import java.util.Collection;
import java.util.UUID;

/**
 * What one user may do with one item (V-12): Edit = not ReadOnly, ViewPassword = not HidePasswords, and Manage;
 * across the item's collections the most permissive wins. {@code reach} is whether the user may see it at all.
 */
record ItemRights(boolean reach, boolean edit, boolean viewPassword, boolean manage) {

    static final ItemRights NONE = new ItemRights(false, false, false, false);
    static final ItemRights ALL = new ItemRights(true, true, true, true);

    static ItemRights through(CollectionGrants grants, Collection<UUID> itemCollections) {
        if (grants.allItems()) {
            return ALL;
        }
        ItemRights rights = NONE;
        for (UUID collectionId : itemCollections) {
            CollectionGrants.Flags flags = grants.collections().get(collectionId);
            if (flags != null) {
                rights = new ItemRights(
                        true,
                        rights.edit || !flags.readOnly(),
                        rights.viewPassword || !flags.hidePasswords(),
                        rights.manage || flags.manage());
            }
        }
        return rights;
    }
}
