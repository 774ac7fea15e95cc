package io.providerportal.platform.security;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.provider.ProviderUserType;
import java.util.Set;

/**
 * How the actor stands in one organization: as a confirmed member of a role, or as a confirmed member of the
 * provider that manages it (who counts as an Owner, C-07; a technician of the provider only looks), or not at all.
 */
public record OrganizationRole(
        OrganizationUserType type, Set<CustomPermission> permissions, boolean provider, boolean readOnly) {

    public static final OrganizationRole NONE = new OrganizationRole(null, Set.of(), false, false);
    public static final OrganizationRole PROVIDER = new OrganizationRole(null, Set.of(), true, false);
    public static final OrganizationRole PROVIDER_TECHNICIAN = new OrganizationRole(null, Set.of(), true, true);

    public OrganizationRole {
        permissions = Set.copyOf(permissions);
    }

    public static OrganizationRole member(OrganizationUserType type, Set<CustomPermission> permissions) {
        return new OrganizationRole(type, permissions, false, false);
    }

    /** The standing a confirmed member of the managing provider has, by their type. */
    public static OrganizationRole ofProviderMember(ProviderUserType type) {
        return type == ProviderUserType.TECHNICIAN ? PROVIDER_TECHNICIAN : PROVIDER;
    }

    public boolean isNone() {
        return type == null && !provider;
    }
}
