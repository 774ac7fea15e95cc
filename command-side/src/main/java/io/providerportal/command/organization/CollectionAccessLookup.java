package io.providerportal.command.organization;

import io.providerportal.command.organization.CollectionGrants.Flags;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.CollectionGroupAccessRemoved;
import io.providerportal.events.organization.CollectionGroupAccessSet;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.GroupDeleted;
import io.providerportal.events.organization.GroupMemberAdded;
import io.providerportal.events.organization.GroupMemberRemoved;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.platform.security.OrganizationPolicy;
import io.providerportal.platform.security.OrganizationRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Command-side lookup of collections, their member and group access, and group membership, written in the same
 * transaction as the events (subscribing processor). It answers the effective access of one user, which item
 * commands check before they change anything.
 */
@Component
@ProcessingGroup("collection-access-lookup")
public class CollectionAccessLookup {

    private final JdbcClient jdbc;

    CollectionAccessLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The user's grants in the organization: only a confirmed member of an enabled organization has any; a
     * direct access row wins over group rows, and across groups the least restrictive flags win (C-03).
     */
    public CollectionGrants grantsOf(UUID userId, UUID organizationId) {
        return jdbc.sql("""
                select m.organization_user_id, m.type, m.permissions, o.allow_admin_access
                from organization_member_lookup m
                join organization_lookup o on o.organization_id = m.organization_id and o.enabled
                where m.organization_id = ? and m.user_id = ? and m.status = 'CONFIRMED'
                """)
                .params(organizationId, userId)
                .query((rs, i) -> {
                    OrganizationRole member = OrganizationRole.member(
                            OrganizationUserType.valueOf(rs.getString("type")),
                            OrganizationLookup.permissions(rs.getString("permissions")));
                    boolean allItems = OrganizationPolicy.reachesEveryItem(member, rs.getBoolean("allow_admin_access"));
                    UUID memberId = rs.getObject("organization_user_id", UUID.class);
                    Set<UUID> existing = collectionsOf(organizationId);
                    Map<UUID, Flags> reached = allItems
                            ? existing.stream().collect(Collectors.toMap(id -> id, id -> Flags.ALL))
                            : reachedBy(memberId);
                    return new CollectionGrants(true, allItems, reached, existing);
                })
                .optional()
                .orElse(CollectionGrants.NONE);
    }

    private Set<UUID> collectionsOf(UUID organizationId) {
        return jdbc.sql("select collection_id from collection_lookup where organization_id = ?")
                .param(organizationId)
                .query(UUID.class)
                .set();
    }

    private Map<UUID, Flags> reachedBy(UUID memberId) {
        Map<UUID, Flags> reached = new HashMap<>();
        jdbc.sql("""
                select a.collection_id, bool_and(a.read_only) as read_only,
                       bool_and(a.hide_passwords) as hide_passwords, bool_or(a.manage) as manage
                from group_member_lookup g join collection_group_access_lookup a on a.group_id = g.group_id
                where g.organization_user_id = ? group by a.collection_id
                """).param(memberId).query(rs -> {
            reached.put(rs.getObject("collection_id", UUID.class), flags(rs));
        });
        jdbc.sql("select * from collection_member_access_lookup where organization_user_id = ?")
                .param(memberId)
                .query(rs -> {
                    reached.put(rs.getObject("collection_id", UUID.class), flags(rs));
                });
        return reached;
    }

    private static Flags flags(ResultSet rs) throws SQLException {
        return new Flags(rs.getBoolean("read_only"), rs.getBoolean("hide_passwords"), rs.getBoolean("manage"));
    }

    @EventHandler
    void on(CollectionCreated event) {
        jdbc.sql("insert into collection_lookup (collection_id, organization_id) values (?, ?)")
                .params(event.collectionId(), event.organizationId())
                .update();
    }

    @EventHandler
    void on(CollectionDeleted event) {
        for (String table :
                new String[] {"collection_lookup", "collection_member_access_lookup", "collection_group_access_lookup"
                }) {
            jdbc.sql("delete from " + table + " where collection_id = ?")
                    .param(event.collectionId())
                    .update();
        }
    }

    @EventHandler
    void on(CollectionMemberAccessSet event) {
        jdbc.sql("""
                insert into collection_member_access_lookup
                    (organization_user_id, collection_id, read_only, hide_passwords, manage)
                values (?, ?, ?, ?, ?)
                on conflict (organization_user_id, collection_id) do update
                set read_only = excluded.read_only, hide_passwords = excluded.hide_passwords, manage = excluded.manage
                """)
                .params(
                        event.organizationUserId(),
                        event.collectionId(),
                        event.readOnly(),
                        event.hidePasswords(),
                        event.manage())
                .update();
    }

    @EventHandler
    void on(CollectionMemberAccessRemoved event) {
        jdbc.sql("delete from collection_member_access_lookup where organization_user_id = ? and collection_id = ?")
                .params(event.organizationUserId(), event.collectionId())
                .update();
    }

    @EventHandler
    void on(CollectionGroupAccessSet event) {
        jdbc.sql("""
                insert into collection_group_access_lookup (group_id, collection_id, read_only, hide_passwords, manage)
                values (?, ?, ?, ?, ?)
                on conflict (group_id, collection_id) do update
                set read_only = excluded.read_only, hide_passwords = excluded.hide_passwords, manage = excluded.manage
                """)
                .params(event.groupId(), event.collectionId(), event.readOnly(), event.hidePasswords(), event.manage())
                .update();
    }

    @EventHandler
    void on(CollectionGroupAccessRemoved event) {
        jdbc.sql("delete from collection_group_access_lookup where group_id = ? and collection_id = ?")
                .params(event.groupId(), event.collectionId())
                .update();
    }

    @EventHandler
    void on(GroupMemberAdded event) {
        jdbc.sql("""
                insert into group_member_lookup (organization_user_id, group_id) values (?, ?) on conflict do nothing
                """).params(event.organizationUserId(), event.groupId()).update();
    }

    @EventHandler
    void on(GroupMemberRemoved event) {
        jdbc.sql("delete from group_member_lookup where organization_user_id = ? and group_id = ?")
                .params(event.organizationUserId(), event.groupId())
                .update();
    }

    @EventHandler
    void on(GroupDeleted event) {
        jdbc.sql("delete from group_member_lookup where group_id = ?")
                .param(event.groupId())
                .update();
        jdbc.sql("delete from collection_group_access_lookup where group_id = ?")
                .param(event.groupId())
                .update();
    }

    @EventHandler
    void on(OrganizationUserRemoved event) {
        jdbc.sql("delete from group_member_lookup where organization_user_id = ?")
                .param(event.organizationUserId())
                .update();
        jdbc.sql("delete from collection_member_access_lookup where organization_user_id = ?")
                .param(event.organizationUserId())
                .update();
    }
}
