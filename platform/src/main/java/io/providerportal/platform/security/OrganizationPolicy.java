package io.providerportal.platform.security;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.NotFoundException;
import java.util.Map;
import java.util.Set;

/**
 * The organization role matrix, in one place for both sides: Owners, Admins and provider members may do all of
 * it but delete the organization, which only its Owners and the provider's Admins may (a technician of the provider
 * only looks: {@link #checkChange}), Users only look, Custom members what their flags grant. Non-members get the 404 of an organization that
 * does not exist.
 */
public final class OrganizationPolicy {

    private static final Map<OrganizationPermission, CustomPermission> CUSTOM_FLAG = Map.of(
            OrganizationPermission.MANAGE_USERS, CustomPermission.MANAGE_USERS,
            OrganizationPermission.MANAGE_GROUPS, CustomPermission.MANAGE_GROUPS,
            OrganizationPermission.MANAGE_POLICIES, CustomPermission.MANAGE_POLICIES,
            OrganizationPermission.ACCESS_EVENT_LOGS, CustomPermission.ACCESS_EVENT_LOGS);

    private OrganizationPolicy() {}

    /** For a change: as {@link #check}, and a technician of the provider changes nothing. */
    public static void checkChange(OrganizationPermission permission, OrganizationRole role) {
        check(permission, role);
        if (role.readOnly()) {
            throw ProviderPolicy.readOnly();
        }
    }

    public static void check(OrganizationPermission permission, OrganizationRole role) {
        if (role.isNone()) {
            throw notFound();
        }
        if (!allows(permission, role)) {
            throw new ForbiddenException(
                    "organization.permission-required", "Your role in this organization does not allow this.");
        }
    }

    /** Whether the role may; nobody without a role may do anything. */
    public static boolean allows(OrganizationPermission permission, OrganizationRole role) {
        if (role.isNone()) {
            return false;
        }
        if (permission == OrganizationPermission.DELETE_ORGANIZATION) {
            // the vault goes with it: its own Owners and the Admins of its provider, nobody they delegate to
            return role.type() == OrganizationUserType.OWNER || role.providerType() == ProviderUserType.PROVIDER_ADMIN;
        }
        if (role.provider() || permission == OrganizationPermission.VIEW_ORGANIZATION) {
            return true;
        }
        return switch (role.type()) {
            case OWNER, ADMIN -> true;
            case USER -> false;
            case CUSTOM -> role.permissions().contains(CUSTOM_FLAG.get(permission));
        };
    }

    /**
     * Whether the member reaches every item of the organization (C-05, V-14): Owners and Admins while the
     * organization allows admins every item, Custom members with EditAnyCollection always.
     */
    public static boolean reachesEveryItem(OrganizationRole member, boolean adminAccessAllowed) {
        if (member.type() == null) {
            return false;
        }
        return switch (member.type()) {
            case OWNER, ADMIN -> adminAccessAllowed;
            case CUSTOM -> member.permissions().contains(CustomPermission.EDIT_ANY_COLLECTION);
            case USER -> false;
        };
    }

    /** Owners and Admins. */
    public static boolean isAdministrator(OrganizationRole role) {
        return role.type() == OrganizationUserType.OWNER || role.type() == OrganizationUserType.ADMIN;
    }

    /** Whether a Custom member holds the flag. */
    public static boolean holds(OrganizationRole role, CustomPermission permission) {
        return role.type() == OrganizationUserType.CUSTOM && role.permissions().contains(permission);
    }

    /**
     * Who may manage a member of {@code currentType} into {@code newType}, granting {@code granted} (O-10, O-11):
     * provider members and Owners anyone; Admins no Owner; Custom members (with MANAGE_USERS) no Owner or Admin,
     * and only permissions they hold themselves.
     */
    public static void checkManagesMember(
            OrganizationRole actor,
            OrganizationUserType currentType,
            OrganizationUserType newType,
            Set<CustomPermission> granted) {
        if (actor.provider() || actor.type() == OrganizationUserType.OWNER) {
            return;
        }
        boolean touchesOwner = currentType == OrganizationUserType.OWNER || newType == OrganizationUserType.OWNER;
        if (actor.type() == OrganizationUserType.ADMIN) {
            if (touchesOwner) {
                throw ownerRequired();
            }
            return;
        }
        if (touchesOwner || currentType == OrganizationUserType.ADMIN || newType == OrganizationUserType.ADMIN) {
            throw new ForbiddenException(
                    "organization.custom-cannot-manage-admins", "Custom users can not manage Admins or Owners.");
        }
        if (!actor.permissions().containsAll(granted)) {
            throw new ForbiddenException(
                    "organization.custom-permissions-not-held",
                    "Custom users can only grant the same custom permissions that they have.");
        }
    }

    /** The policies the server enforces bind every member but Owners and Admins, as Bitwarden's do. */
    public static boolean boundByEnforcedPolicies(OrganizationUserType type) {
        return type != OrganizationUserType.OWNER && type != OrganizationUserType.ADMIN;
    }

    static ForbiddenException ownerRequired() {
        return new ForbiddenException(
                "organization.owner-required",
                "Only an Owner can configure another Owner's account or grant the Owner role.");
    }

    public static NotFoundException notFound() {
        return new NotFoundException("organization.not-found", "No such organization.");
    }
}
