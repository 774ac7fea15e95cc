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

    private static final String WANTED = """
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

    /** Records the rows of {@code gone} as collections their users reach no more. */
    private static final String RECORD_GONE = """
            insert into vault_access_removed (user_id, collection_id) select user_id, collection_id from gone
            on conflict (user_id, collection_id) do update set revision = excluded.revision
            """;

    /** Deletes the rows of a scope ({@code %s}, on {@code vault_access} alone), recording them as gone. */
    static final String REMOVE =
            "with gone as (delete from vault_access where %s returning user_id, collection_id) " + RECORD_GONE;

    /**
     * Makes the scope's rows what {@link #WANTED} derives, touching only those that differ: a row that stays as it
     * was keeps its revision, so that My Vault deltas do not resend what did not change.
     */
    private static final String RECOMPUTE = """
            with wanted as (%1$s),
            gone as (delete from vault_access a
                     where %2$s and not exists (select 1 from wanted w
                                                where w.organization_user_id = a.organization_user_id
                                                  and w.collection_id = a.collection_id)
                     returning a.user_id, a.collection_id),
            removed as (%3$s)
            insert into vault_access (organization_user_id, collection_id, user_id, organization_id, read_only,
                                      hide_passwords, manage)
            select * from wanted
            on conflict (organization_user_id, collection_id) do update
            set read_only = excluded.read_only, hide_passwords = excluded.hide_passwords, manage = excluded.manage,
                revision = excluded.revision
            where (vault_access.read_only, vault_access.hide_passwords, vault_access.manage)
                  is distinct from (excluded.read_only, excluded.hide_passwords, excluded.manage)
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

    /** Derives the scope's rows again; {@code scope} names columns of both tables. */
    private void recompute(String scope, Map<String, Object> params) {
        String wanted = WANTED.formatted(PAIRS, scope);
        jdbc.sql(RECOMPUTE.formatted(wanted, scope, RECORD_GONE)).params(params).update();
    }
}
