package io.providerportal.query.organization;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.query.organization.OrganizationViews.CollectionAccessView;
import io.providerportal.query.organization.OrganizationViews.MemberView;
import io.providerportal.query.organization.OrganizationViews.OrganizationView;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An organization's profile (any member) and its member list (those who manage users). */
@RestController
class OrganizationQueryController {

    private final JdbcClient jdbc;
    private final OrganizationReadAccess access;

    OrganizationQueryController(JdbcClient jdbc, OrganizationReadAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @GetMapping("/organizations/{organizationId}")
    OrganizationView organization(@PathVariable UUID organizationId, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.VIEW_ORGANIZATION);
        return jdbc.sql("""
                select o.*, (select count(*) from org_member_view m
                             where m.organization_id = o.organization_id and m.status <> 'REVOKED') as occupied
                from org_view o where o.organization_id = ?
                """)
                .param(organizationId)
                .query((rs, i) -> new OrganizationView(rs.getObject("organization_id", UUID.class),
                        rs.getString("name"), rs.getObject("provider_id", UUID.class), rs.getString("plan"),
                        rs.getInt("seats"), rs.getInt("occupied"), rs.getString("billing_email"),
                        rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant()))
                .optional().orElseThrow(OrganizationPolicy::notFound);
    }

    @GetMapping("/organizations/{organizationId}/users")
    Map<String, List<MemberView>> members(@PathVariable UUID organizationId, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        Map<UUID, List<CollectionAccessView>> collections = jdbc.sql("""
                select * from org_member_collection where organization_id = ? order by collection_id
                """)
                .param(organizationId)
                .query((rs, i) -> Map.entry(rs.getObject("organization_user_id", UUID.class),
                        new CollectionAccessView(rs.getObject("collection_id", UUID.class),
                                rs.getBoolean("read_only"), rs.getBoolean("hide_passwords"), rs.getBoolean("manage"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<MemberView> members = jdbc.sql("""
                select m.*, n.name from org_member_view m left join org_user_name n on n.user_id = m.user_id
                where m.organization_id = ? order by m.email
                """)
                .param(organizationId)
                .query((rs, i) -> {
                    UUID id = rs.getObject("organization_user_id", UUID.class);
                    return new MemberView(id, rs.getObject("user_id", UUID.class), rs.getString("email"),
                            rs.getString("name"), rs.getString("type"), rs.getString("status"),
                            new TreeSet<>(OrganizationReadAccess.permissions(rs.getString("permissions")).stream()
                                    .map(Enum::name).toList()),
                            collections.getOrDefault(id, List.of()));
                })
                .list();
        return Map.of("data", members);
    }
}
