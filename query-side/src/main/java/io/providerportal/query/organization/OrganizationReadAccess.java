package io.providerportal.query.organization;

import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.platform.security.OrganizationRole;
import io.providerportal.query.membership.ProviderReadAccess;
import java.util.Arrays;
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

    /** A confirmed member of the managing provider counts as such even if also a member of the organization. */
    public OrganizationRole roleOf(Actor actor, UUID organizationId) {
        Optional<Optional<UUID>> provider = jdbc.sql("select provider_id from org_view where organization_id = ?")
                .param(organizationId)
                .query((rs, i) -> Optional.ofNullable(rs.getObject("provider_id", UUID.class))).optional();
        if (provider.isEmpty()) {
            return OrganizationRole.NONE;
        }
        if (provider.get().filter(id -> providers.isConfirmedMember(actor, id)).isPresent()) {
            return OrganizationRole.PROVIDER;
        }
        return membershipOf(actor, organizationId).orElse(OrganizationRole.NONE);
    }

    /** The actor's own confirmed membership, whether or not they are also a member of the managing provider. */
    public Optional<OrganizationRole> membershipOf(Actor actor, UUID organizationId) {
        return jdbc.sql("""
                select type, permissions from org_member_view
                where organization_id = ? and user_id = ? and status = 'CONFIRMED'
                """)
                .params(organizationId, actor.id())
                .query((rs, i) -> OrganizationRole.member(OrganizationUserType.valueOf(rs.getString("type")),
                        permissions(rs.getString("permissions"))))
                .optional();
    }

    static Set<CustomPermission> permissions(String stored) {
        return stored.isEmpty() ? Set.of()
                : Arrays.stream(stored.split(",")).map(CustomPermission::valueOf).collect(Collectors.toSet());
    }
}
