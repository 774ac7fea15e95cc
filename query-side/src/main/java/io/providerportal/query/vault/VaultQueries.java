package io.providerportal.query.vault;

import io.providerportal.platform.security.Actor;
import io.providerportal.query.vault.VaultViews.AccessView;
import io.providerportal.query.vault.VaultViews.CollectionDetailsView;
import io.providerportal.query.vault.VaultViews.CollectionManagementView;
import io.providerportal.query.vault.VaultViews.CollectionView;
import io.providerportal.query.vault.VaultViews.FolderView;
import io.providerportal.query.vault.VaultViews.MembershipView;
import io.providerportal.query.vault.VaultViews.ProfileView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Everything of the vault but items: profile, memberships, collections with access, settings, folders. */
@Component
class VaultQueries {

    private final JdbcClient jdbc;

    VaultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user not (yet) projected is still themselves, as their token says. */
    ProfileView profile(Actor actor) {
        return jdbc.sql("select * from vault_user where user_id = ?")
                .param(actor.id())
                .query((rs, i) -> new ProfileView(actor.id(), rs.getString("email"), rs.getString("name")))
                .optional()
                .orElse(new ProfileView(actor.id(), actor.email(), null));
    }

    /** Confirmed memberships of enabled organizations only: the others give no access (C-03). */
    List<MembershipView> memberships(UUID userId) {
        return jdbc.sql("""
                select m.*, o.name, o.enabled, o.provider_id from vault_member m
                join vault_organization o on o.organization_id = m.organization_id
                where m.user_id = ? and m.status = 'CONFIRMED' and o.enabled
                order by o.name, o.organization_id
                """)
                .param(userId)
                .query((rs, i) -> new MembershipView(
                        rs.getObject("organization_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("type"),
                        permissions(rs.getString("permissions")),
                        rs.getString("key"),
                        rs.getBoolean("enabled"),
                        rs.getObject("provider_id", UUID.class)))
                .list();
    }

    /** The collections the user reaches, in one organization or (null) in all. */
    List<CollectionView> reachedCollections(UUID userId, UUID organizationId) {
        Map<String, Object> params = new HashMap<>();
        params.put("user", userId);
        params.put("organization", organizationId);
        return collections("(cast(:organization as uuid) is null or a.organization_id = :organization)", params);
    }

    /** The collections the user reaches whose name or the user's access changed since the revision. */
    List<CollectionView> changedCollections(UUID userId, long since) {
        return collections("(a.revision > :since or c.revision > :since)", Map.of("user", userId, "since", since));
    }

    /** The collections the user stopped reaching since the revision. */
    List<UUID> removedCollectionIds(UUID userId, long since) {
        return jdbc.sql("""
                select collection_id from vault_access_removed x
                where user_id = ? and revision > ?
                  and not exists (select 1 from vault_access a
                                  where a.user_id = x.user_id and a.collection_id = x.collection_id)
                """).params(userId, since).query(UUID.class).list();
    }

    private List<CollectionView> collections(String condition, Map<String, Object> params) {
        return jdbc.sql("""
                select c.*, a.read_only, a.hide_passwords, a.manage from vault_access a
                join vault_collection c on c.collection_id = a.collection_id
                where a.user_id = :user and %s
                order by c.organization_id, c.collection_id
                """.formatted(condition))
                .params(params)
                .query((rs, i) -> new CollectionView(
                        rs.getObject("collection_id", UUID.class),
                        rs.getObject("organization_id", UUID.class),
                        rs.getString("name"),
                        rs.getBoolean("read_only"),
                        rs.getBoolean("hide_passwords"),
                        rs.getBoolean("manage")))
                .list();
    }

    List<CollectionDetailsView> collectionDetails(UUID organizationId) {
        Map<UUID, List<AccessView>> users = accessRows("""
                select collection_id, organization_user_id as id, read_only, hide_passwords, manage
                from vault_member_access where organization_id = ? order by organization_user_id
                """, organizationId);
        Map<UUID, List<AccessView>> groups = accessRows("""
                select collection_id, group_id as id, read_only, hide_passwords, manage
                from vault_group_access where organization_id = ? order by group_id
                """, organizationId);
        return jdbc.sql("select * from vault_collection where organization_id = ? order by collection_id")
                .param(organizationId)
                .query((rs, i) -> {
                    UUID id = rs.getObject("collection_id", UUID.class);
                    return new CollectionDetailsView(
                            id,
                            rs.getString("name"),
                            rs.getString("external_id"),
                            users.getOrDefault(id, List.of()),
                            groups.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** An organization never given settings has the defaults. */
    CollectionManagementView collectionManagement(UUID organizationId) {
        return jdbc.sql("select * from vault_organization where organization_id = ?")
                .param(organizationId)
                .query((rs, i) -> new CollectionManagementView(
                        rs.getBoolean("limit_collection_creation"),
                        rs.getBoolean("limit_collection_deletion"),
                        rs.getBoolean("allow_admin_access_to_all_items")))
                .optional()
                .orElse(new CollectionManagementView(false, false, true));
    }

    List<FolderView> folders(UUID userId) {
        return folders("true", Map.of("user", userId));
    }

    List<FolderView> changedFolders(UUID userId, long since) {
        return folders("revision > :since", Map.of("user", userId, "since", since));
    }

    List<UUID> removedFolderIds(UUID userId, long since) {
        return jdbc.sql("""
                select folder_id from vault_folder_removed r
                where user_id = ? and revision > ?
                  and not exists (select 1 from vault_folder f where f.folder_id = r.folder_id)
                """).params(userId, since).query(UUID.class).list();
    }

    private List<FolderView> folders(String condition, Map<String, Object> params) {
        return jdbc.sql("select * from vault_folder where user_id = :user and %s order by folder_id"
                        .formatted(condition))
                .params(params)
                .query((rs, i) -> new FolderView(rs.getObject("folder_id", UUID.class), rs.getString("name")))
                .list();
    }

    private Map<UUID, List<AccessView>> accessRows(String sql, UUID organizationId) {
        return jdbc
                .sql(sql)
                .param(organizationId)
                .query((rs, i) -> Map.entry(rs.getObject("collection_id", UUID.class), access(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static AccessView access(ResultSet rs) throws SQLException {
        return new AccessView(
                rs.getObject("id", UUID.class),
                rs.getBoolean("read_only"),
                rs.getBoolean("hide_passwords"),
                rs.getBoolean("manage"));
    }

    private static TreeSet<String> permissions(String stored) {
        return stored.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(stored.split(",")));
    }
}
