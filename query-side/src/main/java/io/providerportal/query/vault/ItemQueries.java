package io.providerportal.query.vault;

import io.providerportal.platform.vault.HiddenSecretFields;
import io.providerportal.query.vault.VaultViews.ItemView;
import io.providerportal.query.vault.VaultViews.OrganizationItemView;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Items as a user may see them. Rights come from the precomputed access joined to the items' collections, so a
 * vault is one indexed join and one aggregation, however many groups grant it (V-12, V-13).
 */
@Component
class ItemQueries {

    /** Per item the user reaches: the collections they reach it through and the most permissive rights of those. */
    private static final String REACH = """
            select ic.item_id, array_agg(ic.collection_id order by ic.collection_id) as collection_ids,
                   bool_or(not a.read_only) as edit, bool_or(not a.hide_passwords) as view_password,
                   bool_or(a.manage) as manage
            from vault_access a join vault_item_collection ic on ic.collection_id = a.collection_id
            where a.user_id = :user %s
            group by ic.item_id
            """;

    /**
     * Reached items plus the user's personal ones, which come with every right; in no particular order, since
     * sorting thousands of wide rows would cost a vault more than everything else.
     */
    private static final String MY_ITEMS = """
            select %s, r.collection_ids, r.edit, r.view_password, r.manage, p.folder_id,
                   coalesce(p.favorite, false) as favorite
            from (%s
                  union all
                  select item_id, '{}', true, true, true from vault_item where owner_user_id = :user %s) r
            join vault_item i on i.item_id = r.item_id
            left join vault_item_user p on p.item_id = i.item_id and p.user_id = :user
            where %s
            """;

    /**
     * The items whose view by the user may have changed since revision {@code :since}: the item (in a collection
     * the user reaches, or personal), the user's access to one of its collections (gained, changed or lost: an item
     * still reached through another collection shows fewer collections, other rights), or the user's folder or
     * favourite for it was written after it. Each part is an index range of what changed.
     */
    private static final String CHANGED = """
            select item_id from vault_item where owner_user_id = :user and revision > :since
            union
            select ic.item_id from vault_access a
            join vault_item_collection ic on ic.collection_id = a.collection_id and ic.revision > :since
            where a.user_id = :user
            union
            select ic.item_id from vault_access a join vault_item_collection ic on ic.collection_id = a.collection_id
            where a.user_id = :user and a.revision > :since
            union
            select ic.item_id from vault_access_removed x
            join vault_item_collection ic on ic.collection_id = x.collection_id
            where x.user_id = :user and x.revision > :since
            union
            select item_id from vault_item_user where user_id = :user and revision > :since
            """;

    /**
     * The items that may have left the user's vault since revision {@code :since} and are not in it now: those that
     * departed from the user's personal vault or from a collection the user reaches or reached since, and those of
     * the collections the user stopped reaching.
     */
    private static final String REMOVED = """
            with reach as (select collection_id from vault_access where user_id = :user
                           union
                           select collection_id from vault_access_removed
                           where user_id = :user and revision > :since),
            departed as (select item_id from vault_item_departure
                         where reach_id = :user and revision > :since
                         union
                         select d.item_id from reach r join vault_item_departure d on d.reach_id = r.collection_id
                         where d.revision > :since
                         union
                         select ic.item_id from vault_access_removed x
                         join vault_item_collection ic on ic.collection_id = x.collection_id
                         where x.user_id = :user and x.revision > :since)
            select d.item_id from departed d
            where not exists (select 1 from vault_item i where i.item_id = d.item_id and i.owner_user_id = :user)
              and not exists (select 1 from vault_item_collection ic
                              join vault_access a on a.collection_id = ic.collection_id and a.user_id = :user
                              where ic.item_id = d.item_id)
            """;

    private static final String ORGANIZATION_ITEMS = """
            select %s,
                   array(select ic.collection_id from vault_item_collection ic
                         where ic.item_id = i.item_id order by ic.collection_id) as collection_ids
            from vault_item i
            left join (%s) r on r.item_id = i.item_id
            where i.organization_id = :organization and %s and %s
            order by i.item_id
            """;

    private static final String ASSIGNED_OR_UNASSIGNED = """
            (r.item_id is not null or not exists (select 1 from vault_item_collection x where x.item_id = i.item_id))
            """;

    /** Rows fetched from a cursor this many at a time, so that a large vault is never held whole. */
    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate cursor;
    private final TransactionTemplate readOnly;

    ItemQueries(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    List<ItemView> myItems(UUID userId, ItemFilter filter) {
        List<ItemView> items = new ArrayList<>();
        eachOfMyItems(userId, filter, items::add);
        return items;
    }

    /**
     * As {@link #myItems}, one item at a time as the database hands them over (PostgreSQL keeps a cursor only inside
     * a transaction): for an answer that writes each item before the next is read.
     */
    void eachOfMyItems(UUID userId, ItemFilter filter, Consumer<ItemView> each) {
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("user", userId);
        each(myItems("", "", filter.where()), params, each);
    }

    /**
     * As {@link #eachOfMyItems}, the items of {@link #CHANGED} only, those in the trash too. Their ids come first,
     * so that the items are read by id for as many as there are, not across the whole vault.
     */
    void eachOfMyChangedItems(UUID userId, long since, Consumer<ItemView> each) {
        UUID[] changed = jdbc.sql(CHANGED)
                .param("user", userId)
                .param("since", since)
                .query(UUID.class)
                .list()
                .toArray(UUID[]::new);
        if (changed.length > 0) {
            String sql = myItems("and ic.item_id = any(:ids)", "and item_id = any(:ids)", "true");
            each(sql, Map.of("user", userId, "ids", changed), each);
        }
    }

    List<UUID> removedItemIds(UUID userId, long since) {
        return jdbc.sql(REMOVED)
                .param("user", userId)
                .param("since", since)
                .query(UUID.class)
                .list();
    }

    /** {@link #MY_ITEMS} with conditions on the reached items, on the personal ones and on all of them. */
    private static String myItems(String reached, String personal, String where) {
        return MY_ITEMS.formatted(
                columns(withheldUnless("r.view_password"), "i.key"), REACH.formatted(reached), personal, where);
    }

    private void each(String sql, Map<String, Object> params, Consumer<ItemView> each) {
        readOnly.executeWithoutResult(transaction ->
                cursor.query(sql, params, (RowCallbackHandler) rs -> each.accept(new ItemView(
                        rs.getObject("item_id", UUID.class),
                        rs.getObject("organization_id", UUID.class),
                        rs.getString("type"),
                        rs.getString("contents"),
                        rs.getString("key"),
                        rs.getBoolean("reprompt"),
                        uuids(rs.getArray("collection_ids")),
                        rs.getObject("folder_id", UUID.class),
                        rs.getBoolean("favorite"),
                        rs.getBoolean("edit"),
                        rs.getBoolean("view_password"),
                        rs.getBoolean("manage"),
                        instant(rs, "creation_date"),
                        instant(rs, "revision_date"),
                        instant(rs, "deleted_date")))));
    }

    /**
     * The admin vault: every item with every right; or the items the caller reaches, with their rights, plus the
     * unassigned ones, with every right; or every item's metadata, with no right at all.
     */
    List<OrganizationItemView> organizationItems(UUID organizationId, UUID userId, ItemAccess access, boolean trash) {
        String columns = switch (access) {
            case EVERY_ITEM -> columns("i.data", "i.key") + ", true as edit, true as view_password, true as manage";
            case METADATA_ONLY -> columns("null", "null") + ", false as edit, false as view_password, false as manage";
            case ASSIGNED_AND_UNASSIGNED ->
                columns(withheldUnless("coalesce(r.view_password, true)"), "i.key")
                        + ", coalesce(r.edit, true) as edit, coalesce(r.view_password, true) as view_password,"
                        + " coalesce(r.manage, true) as manage";
        };
        String sql = ORGANIZATION_ITEMS.formatted(
                columns,
                REACH.formatted("and a.organization_id = :organization"),
                trash ? "i.deleted_date is not null" : "i.deleted_date is null",
                access == ItemAccess.ASSIGNED_AND_UNASSIGNED ? ASSIGNED_OR_UNASSIGNED : "true");
        return jdbc.sql(sql)
                .param("organization", organizationId)
                .param("user", userId)
                .query((rs, i) -> new OrganizationItemView(
                        rs.getObject("item_id", UUID.class),
                        organizationId,
                        rs.getString("type"),
                        rs.getString("contents"),
                        rs.getString("key"),
                        rs.getBoolean("reprompt"),
                        uuids(rs.getArray("collection_ids")),
                        rs.getBoolean("edit"),
                        rs.getBoolean("view_password"),
                        rs.getBoolean("manage"),
                        instant(rs, "creation_date"),
                        instant(rs, "revision_date"),
                        instant(rs, "deleted_date")))
                .list();
    }

    private static String columns(String contents, String key) {
        return "i.item_id, i.organization_id, i.type, " + contents + " as contents, " + key + " as key, i.reprompt,"
                + " i.creation_date, i.revision_date, i.deleted_date";
    }

    /**
     * The item's JSON, less what a user who may not view passwords must not receive (HidePasswords is enforced
     * here, not left to clients): {@link HiddenSecretFields}, the same an update by such a user keeps.
     */
    private static String withheldUnless(String viewPassword) {
        return "case when " + viewPassword + " then i.data else " + HiddenSecretFields.withoutThem("i.data::jsonb")
                + "::text end";
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.asList((UUID[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
