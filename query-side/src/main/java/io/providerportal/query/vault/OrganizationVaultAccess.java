package io.providerportal.query.vault;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.platform.security.OrganizationRole;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.query.organization.OrganizationReadAccess;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who gets which part of an organization's vault (V-14, C-05, C-08). The role is {@link OrganizationReadAccess}'s,
 * so strangers get the 404 of an organization that does not exist. A provider member who is also a member of the
 * organization is judged by that membership first: as a provider member alone they see metadata, never contents.
 */
@Component
class OrganizationVaultAccess {

    private final OrganizationReadAccess organizations;
    private final VaultQueries queries;

    OrganizationVaultAccess(OrganizationReadAccess organizations, VaultQueries queries) {
        this.organizations = organizations;
        this.queries = queries;
    }

    /** Owners and Admins reach every item only while the organization allows it; EditAnyCollection always does. */
    ItemAccess items(Actor actor, UUID organizationId) {
        OrganizationRole role = role(actor, organizationId);
        Optional<OrganizationRole> member =
                role.provider() ? organizations.membershipOf(actor, organizationId) : Optional.of(role);
        Optional<ItemAccess> asMember = member.flatMap(m -> {
            boolean allowed = queries.collectionManagement(organizationId).allowAdminAccessToAllCollectionItems();
            if (OrganizationPolicy.reachesEveryItem(m, allowed)) {
                return Optional.of(ItemAccess.EVERY_ITEM);
            }
            boolean admin = m.type() == OrganizationUserType.OWNER || m.type() == OrganizationUserType.ADMIN;
            return admin ? Optional.of(ItemAccess.ASSIGNED_AND_UNASSIGNED) : Optional.empty();
        });
        if (asMember.isPresent()) {
            return asMember.get();
        }
        if (role.provider()) {
            return ItemAccess.METADATA_ONLY;
        }
        throw new ForbiddenException(
                "organization.permission-required", "Your role in this organization does not allow this.");
    }

    /** Whether the caller sees every collection with its access lists, rather than only those they reach. */
    boolean administersCollections(Actor actor, UUID organizationId) {
        OrganizationRole role = role(actor, organizationId);
        if (role.provider()) {
            return true;
        }
        return switch (role.type()) {
            case OWNER, ADMIN -> true;
            case CUSTOM ->
                role.permissions().contains(CustomPermission.EDIT_ANY_COLLECTION)
                        || role.permissions().contains(CustomPermission.DELETE_ANY_COLLECTION);
            case USER -> false;
        };
    }

    /** Any confirmed member or member of the managing provider. */
    void requireMember(Actor actor, UUID organizationId) {
        role(actor, organizationId);
    }

    private OrganizationRole role(Actor actor, UUID organizationId) {
        OrganizationRole role = organizations.roleOf(actor, organizationId);
        if (role.isNone()) {
            throw OrganizationPolicy.notFound();
        }
        return role;
    }
}
