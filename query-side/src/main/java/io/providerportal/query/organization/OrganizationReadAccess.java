package io.providerportal.query.organization;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.platform.security.OrganizationRole;
import io.providerportal.query.membership.ProviderReadAccess;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The query side's one authorization check for reads in an organization: a confirmed member of the managing
 * provider counts as an Owner, a confirmed member has their role; the decision is {@link OrganizationPolicy}'s.
 */
@Component
public class OrganizationReadAccess {

    private final JdbcClient jdbc;
    private final ProviderReadAccess providers;

    OrganizationReadAccess(JdbcClient jdbc, ProviderReadAccess providers) {
        this.jdbc = jdbc;
        this.providers = providers;
    }

    public void require(Actor actor, UUID organizationId, OrganizationPermission permission) {
        OrganizationPolicy.check(permission, roleOf(actor, organizationId));
    }

    /**
     * Whether the user has a membership with their account (accepted, confirmed, or revoked: a revoked member may be
     * restored and then need confirming) in an organization whose users the actor manages.
     */
    public boolean managesMembershipOf(Actor actor, UUID userId) {
        return jdbc
                .sql("select organization_id from org_member_view where user_id = ?")
                .param(userId)
                .query(UUID.class)
                .list()
                .stream()
                .anyMatch(organizationId ->
                        OrganizationPolicy.allows(OrganizationPermission.MANAGE_USERS, roleOf(actor, organizationId)));
    }

    /** The user of each of the given members who has accepted and awaits confirmation. */
    public Map<UUID, UUID> acceptedUsers(UUID organizationId, Collection<UUID> organizationUserIds) {
        return jdbc
                .sql("""
                select organization_user_id, user_id from org_member_view
                where organization_id = :organization and organization_user_id in (:ids) and status = 'ACCEPTED'
                """)
                .param("organization", organizationId)
                .param("ids", organizationUserIds)
                .query((rs, i) -> Map.entry(
                        rs.getObject("organization_user_id", UUID.class), rs.getObject("user_id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * A confirmed member of the managing provider counts as such (a technician only looking) even if also a member
     * of the organization.
     */
    public OrganizationRole roleOf(Actor actor, UUID organizationId) {
        Optional<Optional<UUID>> provider = jdbc.sql("select provider_id from org_view where organization_id = ?")
                .param(organizationId)
                .query((rs, i) -> Optional.ofNullable(rs.getObject("provider_id", UUID.class)))
                .optional();
        if (provider.isEmpty()) {
            return OrganizationRole.NONE;
        }
        return provider.get()
                .flatMap(id -> providers.confirmedTypeReaching(actor, id, organizationId))
                .map(OrganizationRole::ofProviderMember)
                .orElseGet(() -> membershipOf(actor, organizationId).orElse(OrganizationRole.NONE));
    }

    /** The actor's own confirmed membership, whether or not they are also a member of the managing provider. */
    public Optional<OrganizationRole> membershipOf(Actor actor, UUID organizationId) {
        return jdbc.sql("""
                select type, permissions from org_member_view
                where organization_id = ? and user_id = ? and status = 'CONFIRMED'
                """)
                .params(organizationId, actor.id())
                .query((rs, i) -> OrganizationRole.member(
                        OrganizationUserType.valueOf(rs.getString("type")), permissions(rs.getString("permissions"))))
                .optional();
    }

    static Set<CustomPermission> permissions(String stored) {
        return stored.isEmpty()
                ? Set.of()
                : Arrays.stream(stored.split(","))
                        .map(CustomPermission::valueOf)
                        .collect(Collectors.toSet());
    }
}
