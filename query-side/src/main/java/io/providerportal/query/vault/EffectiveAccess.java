package io.providerportal.query.vault;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code vault_access} equal to the rules of C-03 for the (member, collection) pairs an event may have
 * changed: only confirmed members of enabled organizations; a direct row wins over the member's groups; across
 * groups readOnly and hidePasswords only if all say so, manage if any does.
 */
@Component
class EffectiveAccess {

    /** The pairs that have any access row, direct or through a group; a scope narrows them by these columns. */
    private static final String PAIRS = """
            select organization_user_id, collection_id, organization_id from vault_member_access
            union
            select gm.organization_user_id, ga.collection_id, ga.organization_id
            from vault_group_member gm join vault_group_access ga on ga.group_id = gm.group_id
            """;

    private static final String INSERT = """
            insert into vault_access (organization_user_id, collection_id, user_id, organization_id, read_only,
                                      hide_passwords, manage)
            select p.organization_user_id, p.collection_id, m.user_id, m.organization_id,
                   coalesce(d.read_only, g.read_only), coalesce(d.hide_passwords, g.hide_passwords),
                   coalesce(d.manage, g.manage)
            from (select * from (%s) pairs where %s) p
            join vault_member m on m.organization_user_id = p.organization_user_id
                               and m.status = 'CONFIRMED' and m.user_id is not null
            join vault_organization o on o.organization_id = m.organization_id and o.enabled
            left join vault_member_access d on d.organization_user_id = p.organization_user_id
                                           and d.collection_id = p.collection_id
            left join lateral (select bool_and(ga.read_only) as read_only,
                                      bool_and(ga.hide_passwords) as hide_passwords, bool_or(ga.manage) as manage
                               from vault_group_member gm join vault_group_access ga on ga.group_id = gm.group_id
                               where gm.organization_user_id = p.organization_user_id
                                 and ga.collection_id = p.collection_id) g on true
            """;

    private final JdbcClient jdbc;

    EffectiveAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void forOrganization(UUID organizationId) {
        recompute("organization_id = :organization", Map.of("organization", organizationId));
    }

    void forMember(UUID memberId) {
        recompute("organization_user_id = :member", Map.of("member", memberId));
    }

    void forMemberIn(UUID memberId, UUID collectionId) {
        recompute(
                "organization_user_id = :member and collection_id = :collection",
                Map.of("member", memberId, "collection", collectionId));
    }

    void forGroupIn(UUID groupId, UUID collectionId) {
        recompute("""
                collection_id = :collection and organization_user_id in
                    (select gm.organization_user_id from vault_group_member gm where gm.group_id = :group)
                """, Map.of("group", groupId, "collection", collectionId));
    }

    /** A deleted collection has no access rows left, so nobody reaches it. */
    void forCollection(UUID collectionId) {
        recompute("collection_id = :collection", Map.of("collection", collectionId));
    }

    /** Deletes the scope's precomputed rows and derives them again; {@code scope} names columns of both tables. */
    private void recompute(String scope, Map<String, Object> params) {
        jdbc.sql("delete from vault_access where " + scope).params(params).update();
        jdbc.sql(INSERT.formatted(PAIRS, scope)).params(params).update();
    }
}
