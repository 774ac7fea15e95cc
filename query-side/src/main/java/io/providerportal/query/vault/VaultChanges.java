package io.providerportal.query.vault;

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

    private final JdbcClient jdbc;

    VaultChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the user's access to collections was recomputed after the revision. */
    boolean accessChangedSince(UUID userId, long since) {
        return jdbc.sql("select exists (select 1 from vault_access_change where user_id = ? and position > ?)")
                .params(userId, since).query(Boolean.class).single();
    }

    List<UUID> changedItemIds(UUID userId, long since) {
        return jdbc.sql(CHANGED_ITEMS).param("user", userId).param("since", since).query(UUID.class).list();
    }

    List<UUID> purgedItemIds(UUID userId, long since) {
        return jdbc.sql(PURGED_ITEMS).param("user", userId).param("since", since).query(UUID.class).list();
    }
}
