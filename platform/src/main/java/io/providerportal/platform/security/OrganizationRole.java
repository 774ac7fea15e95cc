package io.providerportal.platform.security;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import java.util.Set;

/**
 * How the actor stands in one organization: as a confirmed member of a role, or as a confirmed member of the
 * provider that manages it (who counts as an Owner, C-07), or not at all.
 */
public record OrganizationRole(OrganizationUserType type, Set<CustomPermission> permissions, boolean provider) {

    public static final OrganizationRole NONE = new OrganizationRole(null, Set.of(), false);
    public static final OrganizationRole PROVIDER = new OrganizationRole(null, Set.of(), true);

    public OrganizationRole {
        permissions = Set.copyOf(permissions);
    }

    public static OrganizationRole member(OrganizationUserType type, Set<CustomPermission> permissions) {
        return new OrganizationRole(type, permissions, false);
    }

    public boolean isNone() {
        return type == null && !provider;
    }
}
