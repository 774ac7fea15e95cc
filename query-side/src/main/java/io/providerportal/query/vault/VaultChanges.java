package io.providerportal.query.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What changed in a user's vault after a revision, from the positions the vault projections stamp: each lookup
 * is a range of an index on (owner, organization or user, position), so its cost follows the changes, not the
 * vault's size.
 */
@Component
class VaultChanges {

    /**
     * The items whose contents, dates, organization or collections changed, personal ones of the user's or of an
     * organization they are a confirmed member of, and those whose placement by the user changed.
     */
    private static final String CHANGED_ITEMS = """
            select item_id from vault_item where owner_user_id = :user and change_position > :since
            union
            select i.item_id from vault_member m
            join vault_item i on i.organization_id = m.organization_id and i.change_position > :since
            where m.user_id = :user and m.status = 'CONFIRMED'
            union
            select item_id from vault_item_user where user_id = :user and change_position > :since
            """;

    private static final String PURGED_ITEMS = """
            select item_id from vault_item_purge
            where position > :since
              and (owner_user_id = :user
                   or organization_id in (select organization_id from vault_member
                                          where user_id = :user and status = 'CONFIRMED'))
            """;

    /** One round trip for the three: a delta's cost is mostly round trips. */
    private static final String SINCE = """
            select 'access' as kind, null::uuid as item_id
            where exists (select 1 from vault_access_change where user_id = :user and position > :since)
            union all select 'changed', item_id from (%s) changed
            union all select 'purged', item_id from (%s) purged
            """.formatted(CHANGED_ITEMS, PURGED_ITEMS);

    /**
     * What changed after a revision: whether the user's access to collections was recomputed, the items that
     * changed (see {@link #CHANGED_ITEMS}), and those purged, personal ones of the user's or of their organizations.
     */
    record Changes(boolean accessChanged, List<UUID> changedItemIds, List<UUID> purgedItemIds) {
    }

    private final JdbcClient jdbc;

    VaultChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Changes since(UUID userId, long since) {
        List<UUID> changed = new ArrayList<>();
        List<UUID> purged = new ArrayList<>();
        boolean[] access = {false};
        jdbc.sql(SINCE).param("user", userId).param("since", since).query(rs -> {
            switch (rs.getString("kind")) {
                case "access" -> access[0] = true;
                case "changed" -> changed.add(rs.getObject("item_id", UUID.class));
                default -> purged.add(rs.getObject("item_id", UUID.class));
            }
        });
        return new Changes(access[0], changed, purged);
    }
}
