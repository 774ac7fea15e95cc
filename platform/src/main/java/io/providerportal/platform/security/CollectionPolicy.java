package io.providerportal.platform.security;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.platform.web.ForbiddenException;

/**
 * Who may create, edit and delete collections and change the collection management settings (C-04..C-06), from the
 * actor's {@link OrganizationRole}, the organization's settings and the actor's effective Manage on the collection.
 * Provider members may do all of it.
 */
public final class CollectionPolicy {

    /** The organization's collection management settings. */
    public record Settings(boolean limitCreation, boolean limitDeletion, boolean adminAccessToAllItems) {}

    private CollectionPolicy() {}

    /** Anyone while creation is not limited; then Owners, Admins and Custom members with CreateNewCollections. */
    public static void checkCreate(OrganizationRole actor, Settings settings) {
        require(!settings.limitCreation()
                || actor.provider()
                || OrganizationPolicy.isAdministrator(actor)
                || OrganizationPolicy.holds(actor, CustomPermission.CREATE_NEW_COLLECTIONS));
    }

    /**
     * EditAnyCollection, Owners and Admins while they may reach all items, holders of Manage, and Owners and Admins
     * on a collection nobody manages (so it is never orphaned).
     */
    public static void checkEdit(OrganizationRole actor, Settings settings, boolean manages, boolean orphaned) {
        require(reachesEveryCollection(actor, settings)
                || (OrganizationPolicy.isAdministrator(actor) && orphaned)
                || manages);
    }

    /** DeleteAnyCollection, Owners and Admins while they may reach all items, managers unless deletion is limited. */
    public static void checkDelete(OrganizationRole actor, Settings settings, boolean manages) {
        require(actor.provider()
                || OrganizationPolicy.holds(actor, CustomPermission.DELETE_ANY_COLLECTION)
                || (OrganizationPolicy.isAdministrator(actor) && settings.adminAccessToAllItems())
                || (manages && (!settings.limitDeletion() || OrganizationPolicy.isAdministrator(actor))));
    }

    /** The settings themselves: Owners and provider members only. */
    public static void checkSettingsChange(OrganizationRole actor) {
        if (!actor.provider() && actor.type() != OrganizationUserType.OWNER) {
            throw OrganizationPolicy.ownerRequired();
        }
    }

    /** Whether the actor reaches every collection without a grant of their own (a creator needs none then). */
    public static boolean reachesEveryCollection(OrganizationRole actor, Settings settings) {
        return actor.provider() || OrganizationPolicy.reachesEveryItem(actor, settings.adminAccessToAllItems());
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException(
                    "collection.permission-required", "Your access to this collection does not allow this.");
        }
    }
}
