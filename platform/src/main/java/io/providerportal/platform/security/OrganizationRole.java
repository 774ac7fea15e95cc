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
        OrganizationUserType type, Set<CustomPermission> permissions, ProviderUserType providerType) {

    public static final OrganizationRole NONE = new OrganizationRole(null, Set.of(), null);

    public OrganizationRole {
        permissions = Set.copyOf(permissions);
    }

    public static OrganizationRole member(OrganizationUserType type, Set<CustomPermission> permissions) {
        return new OrganizationRole(type, permissions, null);
    }

    /** The standing a confirmed member of the managing provider has, by their type. */
    public static OrganizationRole ofProviderMember(ProviderUserType type) {
        return new OrganizationRole(null, Set.of(), type);
    }

    /** Whether the standing comes from the managing provider rather than a membership of the organization. */
    public boolean provider() {
        return providerType != null;
    }

    /** A technician of the provider only looks. */
    public boolean readOnly() {
        return providerType == ProviderUserType.TECHNICIAN;
    }

    public boolean isNone() {
        return type == null && providerType == null;
    }
}
