package io.providerportal.command.organization;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserStatus;
import io.providerportal.events.organization.OrganizationUserType;
import java.util.Set;
import java.util.UUID;

/** A member as the {@link Organization} aggregate keeps it; {@code beforeRevocation} is what restore returns to. */
record OrganizationMember(
        String email,
        UUID userId,
        OrganizationUserType type,
        Set<CustomPermission> permissions,
        OrganizationUserStatus status,
        OrganizationUserStatus beforeRevocation) {

    OrganizationMember {
        permissions = Set.copyOf(permissions);
    }

    static OrganizationMember invited(String email, OrganizationUserType type) {
        return new OrganizationMember(email, null, type, Set.of(), OrganizationUserStatus.INVITED, null);
    }

    boolean isConfirmedOwner() {
        return status == OrganizationUserStatus.CONFIRMED && type == OrganizationUserType.OWNER;
    }

    OrganizationMember withStatus(OrganizationUserStatus newStatus) {
        return new OrganizationMember(email, userId, type, permissions, newStatus, beforeRevocation);
    }

    OrganizationMember accepted(UUID acceptedBy) {
        return new OrganizationMember(email, acceptedBy, type, permissions, OrganizationUserStatus.ACCEPTED, null);
    }

    OrganizationMember revoked() {
        return new OrganizationMember(email, userId, type, permissions, OrganizationUserStatus.REVOKED, status);
    }

    OrganizationMember withType(OrganizationUserType newType) {
        return new OrganizationMember(email, userId, newType, permissions, status, beforeRevocation);
    }

    OrganizationMember withPermissions(Set<CustomPermission> newPermissions) {
        return new OrganizationMember(email, userId, type, newPermissions, status, beforeRevocation);
    }
}
