package io.providerportal.query.organization;

import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.platform.security.OrganizationRole;
import io.providerportal.query.organization.MemberPolicies.EffectivePolicy;
import io.providerportal.query.organization.OrganizationViews.CollectionAccessView;
import io.providerportal.query.organization.OrganizationViews.GroupView;
import io.providerportal.query.organization.OrganizationViews.MemberView;
import io.providerportal.query.organization.OrganizationViews.OrganizationView;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.web.ReadsFrom;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organization's profile (any member), and for those who manage them its members, groups and policies.
 */
@RestController
@ReadsFrom({ProjectionNames.ORGANIZATIONS, ProjectionNames.PROVIDER_MEMBERS})
class OrganizationQueryController {

    private final JdbcClient jdbc;
    private final OrganizationReadAccess access;
    private final MemberPolicies policies;

    OrganizationQueryController(JdbcClient jdbc, OrganizationReadAccess access, MemberPolicies policies) {
        this.jdbc = jdbc;
        this.access = access;
        this.policies = policies;
    }

    @GetMapping("/organizations/{organizationId}")
    OrganizationView organization(@PathVariable UUID organizationId, Actor actor) {
        OrganizationRole role = access.roleOf(actor, organizationId);
        OrganizationPolicy.check(OrganizationPermission.VIEW_ORGANIZATION, role);
        return jdbc.sql("""
                select o.*, (select count(*) from org_member_view m
                             where m.organization_id = o.organization_id and m.status <> 'REVOKED') as occupied,
                            (select m.key from org_member_view m
                             where m.organization_id = o.organization_id and m.user_id = :user
                               and m.status = 'CONFIRMED') as member_key
                from org_view o where o.organization_id = :organization
                """)
                .param("organization", organizationId)
                .param("user", actor.id())
                .query((rs, i) -> new OrganizationView(
                        rs.getObject("organization_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("provider_id", UUID.class),
                        rs.getString("plan"),
                        rs.getInt("seats"),
                        rs.getInt("occupied"),
                        rs.getString("billing_email"),
                        rs.getBoolean("enabled"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString(role.provider() ? "provider_key" : "member_key")))
                .optional()
                .orElseThrow(OrganizationPolicy::notFound);
    }

    @GetMapping("/organizations/{organizationId}/users")
    Map<String, List<MemberView>> members(@PathVariable UUID organizationId, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        Map<UUID, List<CollectionAccessView>> collections = jdbc
                .sql("""
                select * from org_member_collection where organization_id = ? order by collection_id
                """)
                .param(organizationId)
                .query((rs, i) -> Map.entry(
                        rs.getObject("organization_user_id", UUID.class),
                        new CollectionAccessView(
                                rs.getObject("collection_id", UUID.class),
                                rs.getBoolean("read_only"),
                                rs.getBoolean("hide_passwords"),
                                rs.getBoolean("manage"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<UUID>> groups = pairs("""
                select gm.organization_user_id as owner_id, gm.group_id as item_id from org_group_member gm
                join org_group g on g.group_id = gm.group_id where g.organization_id = ? order by gm.group_id
                """, organizationId);
        List<MemberView> members = jdbc.sql("""
                select m.*, n.name from org_member_view m left join org_user_name n on n.user_id = m.user_id
                where m.organization_id = ? order by m.email
                """)
                .param(organizationId)
                .query((rs, i) -> {
                    UUID id = rs.getObject("organization_user_id", UUID.class);
                    return new MemberView(
                            id,
                            rs.getObject("user_id", UUID.class),
                            rs.getString("email"),
                            rs.getString("name"),
                            rs.getString("type"),
                            rs.getString("status"),
                            new TreeSet<>(OrganizationReadAccess.permissions(rs.getString("permissions")).stream()
                                    .map(Enum::name)
                                    .toList()),
                            collections.getOrDefault(id, List.of()),
                            groups.getOrDefault(id, List.of()));
                })
                .list();
        return Map.of("data", members);
    }

    @GetMapping("/organizations/{organizationId}/groups")
    Map<String, List<GroupView>> groups(@PathVariable UUID organizationId, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_GROUPS);
        Map<UUID, List<UUID>> members = pairs("""
                select gm.group_id as owner_id, gm.organization_user_id as item_id from org_group_member gm
                join org_group g on g.group_id = gm.group_id where g.organization_id = ?
                order by gm.organization_user_id
                """, organizationId);
        Map<UUID, List<CollectionAccessView>> collections = jdbc
                .sql("""
                select gc.* from org_group_collection gc join org_group g on g.group_id = gc.group_id
                where g.organization_id = ? order by gc.collection_id
                """)
                .param(organizationId)
                .query((rs, i) -> Map.entry(
                        rs.getObject("group_id", UUID.class),
                        new CollectionAccessView(
                                rs.getObject("collection_id", UUID.class),
                                rs.getBoolean("read_only"),
                                rs.getBoolean("hide_passwords"),
                                rs.getBoolean("manage"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<GroupView> groups = jdbc.sql("select * from org_group where organization_id = ? order by name, group_id")
                .param(organizationId)
                .query((rs, i) -> {
                    UUID id = rs.getObject("group_id", UUID.class);
                    return new GroupView(
                            id,
                            rs.getString("name"),
                            members.getOrDefault(id, List.of()),
                            collections.getOrDefault(id, List.of()));
                })
                .list();
        return Map.of("data", groups);
    }

    /** The policies in force, each with its own and its provider's side. */
    @GetMapping("/organizations/{organizationId}/policies")
    Map<String, List<EffectivePolicy>> policies(@PathVariable UUID organizationId, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_POLICIES);
        return Map.of("data", policies.ofOrganization(organizationId));
    }

    /** A policy never set reads as disabled, without settings. */
    @GetMapping("/organizations/{organizationId}/policies/{type}")
    EffectivePolicy policy(@PathVariable UUID organizationId, @PathVariable PolicyType type, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.MANAGE_POLICIES);
        return policies.ofOrganization(organizationId, type);
    }

    /** Rows of (owner id, item id) grouped by owner, in query order. */
    private Map<UUID, List<UUID>> pairs(String sql, UUID organizationId) {
        return jdbc
                .sql(sql)
                .param(organizationId)
                .query((rs, i) -> Map.entry(rs.getObject("owner_id", UUID.class), rs.getObject("item_id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
