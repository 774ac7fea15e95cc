package io.providerportal.query.vault;

import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.vault.FolderDeleted;
import io.providerportal.events.vault.VaultItemCollectionsChanged;
import io.providerportal.events.vault.VaultItemCreated;
import io.providerportal.events.vault.VaultItemFavoriteSet;
import io.providerportal.events.vault.VaultItemFolderSet;
import io.providerportal.events.vault.VaultItemPurged;
import io.providerportal.events.vault.VaultItemRestored;
import io.providerportal.events.vault.VaultItemShared;
import io.providerportal.events.vault.VaultItemTrashed;
import io.providerportal.events.vault.VaultItemUpdated;
import io.providerportal.platform.persistence.TenantRows;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Vault items as stored: contents (the JSON text of the event, never decrypted), owner, collections, dates; and each
 * user's own folder and favourite for an item, which may differ between the users of a shared item. Every write
 * stamps its row's {@code revision}, and an item leaving a collection or a personal vault leaves a departure, so
 * that {@code GET /vault?since=} finds what changed ({@link ItemQueries}).
 */
@Component
@ReadModel(tables = {"vault_item", "vault_item_collection", "vault_item_user", "vault_item_departure"})
@ProcessingGroup(ProjectionNames.VAULT_ITEMS)
class VaultItemsProjection {

    private final JdbcClient jdbc;

    VaultItemsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VaultItemCreated event) {
        jdbc.sql("""
                insert into vault_item (item_id, organization_id, owner_user_id, type, data, key, reprompt,
                                        creation_date, revision_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (item_id) do nothing
                """)
                .params(
                        event.itemId(),
                        event.organizationId(),
                        event.ownerUserId(),
                        event.type().name(),
                        event.data(),
                        event.key(),
                        event.reprompt(),
                        timestamp(event.revisionDate()),
                        timestamp(event.revisionDate()))
                .update();
        putInCollections(event.itemId(), event.collectionIds());
    }

    @EventHandler
    void on(VaultItemUpdated event) {
        jdbc.sql("""
                update vault_item set data = ?, key = ?, reprompt = ?, revision_date = ?,
                                      revision = vault_revision()
                where item_id = ?
                """)
                .params(event.data(), event.key(), event.reprompt(), timestamp(event.revisionDate()), event.itemId())
                .update();
        reviseInCollections(event.itemId());
    }

    @EventHandler
    void on(VaultItemCollectionsChanged event) {
        setRevision(event.itemId(), event.revisionDate());
        putInCollections(event.itemId(), event.collectionIds());
    }

    /** The former owner's folder and favourite stay: they are per user, and the user may still reach the item. */
    @EventHandler
    void on(VaultItemShared event) {
        depart(
                "select item_id, owner_user_id from vault_item where item_id = ? and owner_user_id is not null",
                event.itemId());
        jdbc.sql("""
                update vault_item set organization_id = ?, owner_user_id = null, data = ?, key = ?,
                                      revision_date = ?, revision = vault_revision()
                where item_id = ?
                """)
                .params(
                        event.organizationId(),
                        event.data(),
                        event.key(),
                        timestamp(event.revisionDate()),
                        event.itemId())
                .update();
        putInCollections(event.itemId(), event.collectionIds());
    }

    @EventHandler
    void on(VaultItemTrashed event) {
        jdbc.sql("""
                update vault_item set deleted_date = ?, revision_date = ?, revision = vault_revision()
                where item_id = ?
                """)
                .params(timestamp(event.deletedDate()), timestamp(event.deletedDate()), event.itemId())
                .update();
        reviseInCollections(event.itemId());
    }

    @EventHandler
    void on(VaultItemRestored event) {
        jdbc.sql("""
                update vault_item set deleted_date = null, revision_date = ?, revision = vault_revision()
                where item_id = ?
                """).params(timestamp(event.revisionDate()), event.itemId()).update();
        reviseInCollections(event.itemId());
    }

    @EventHandler
    void on(VaultItemPurged event) {
        depart("""
                select item_id, collection_id from vault_item_collection where item_id = ?
                union all
                select item_id, owner_user_id from vault_item where item_id = ? and owner_user_id is not null
                """, event.itemId(), event.itemId());
        for (String table : List.of("vault_item_collection", "vault_item_user", "vault_item")) {
            jdbc.sql("delete from " + table + " where item_id = ?")
                    .param(event.itemId())
                    .update();
        }
    }

    @EventHandler
    void on(VaultItemFolderSet event) {
        jdbc.sql("""
                insert into vault_item_user (item_id, user_id, folder_id) values (?, ?, ?)
                on conflict (item_id, user_id) do update
                set folder_id = excluded.folder_id, revision = excluded.revision
                """).params(event.itemId(), event.userId(), event.folderId()).update();
    }

    @EventHandler
    void on(VaultItemFavoriteSet event) {
        jdbc.sql("""
                insert into vault_item_user (item_id, user_id, favorite) values (?, ?, ?)
                on conflict (item_id, user_id) do update
                set favorite = excluded.favorite, revision = excluded.revision
                """).params(event.itemId(), event.userId(), event.favorite()).update();
    }

    @EventHandler
    void on(FolderDeleted event) {
        jdbc.sql("""
                update vault_item_user set folder_id = null, revision = vault_revision()
                where user_id = ? and folder_id = ?
                """).params(event.userId(), event.folderId()).update();
    }

    /**
     * Items leave a deleted collection; one in no other collection is unassigned from now on. The others change too:
     * their list of collections is shorter.
     */
    @EventHandler
    void on(CollectionDeleted event) {
        jdbc.sql("""
                update vault_item_collection set revision = vault_revision()
                where item_id in (select item_id from vault_item_collection where collection_id = ?)
                """).param(event.collectionId()).update();
        depart("""
                select item_id, collection_id from vault_item_collection where collection_id = ?
                """, event.collectionId());
        jdbc.sql("delete from vault_item_collection where collection_id = ?")
                .param(event.collectionId())
                .update();
    }

    /** Replaces the item's collections with exactly these; the item departs from those it is no longer in. */
    private void putInCollections(UUID itemId, List<UUID> collectionIds) {
        UUID[] collections = collectionIds.toArray(UUID[]::new);
        jdbc.sql("""
                with gone as (delete from vault_item_collection where item_id = ? and collection_id <> all(?)
                              returning item_id, collection_id)
                insert into vault_item_departure (item_id, reach_id) select item_id, collection_id from gone
                on conflict (reach_id, item_id) do update set revision = excluded.revision
                """).params(itemId, collections).update();
        jdbc.sql("""
                insert into vault_item_collection (item_id, collection_id)
                select ?, c from unnest(?) as c
                on conflict (item_id, collection_id) do update set revision = excluded.revision
                """).params(itemId, collections).update();
    }

    /** Records that the items of the rows {@code select item_id, reach_id} left those reaches. */
    private void depart(String itemsAndReaches, Object... params) {
        jdbc.sql("insert into vault_item_departure (item_id, reach_id) " + itemsAndReaches + """
                 on conflict (reach_id, item_id) do update set revision = excluded.revision
                """)
                .params(params)
                .update();
    }

    /** The item's revision on its collections, by which the users who reach them find it changed. */
    private void reviseInCollections(UUID itemId) {
        jdbc.sql("update vault_item_collection set revision = vault_revision() where item_id = ?")
                .param(itemId)
                .update();
    }

    private void setRevision(UUID itemId, Instant revisionDate) {
        jdbc.sql("update vault_item set revision_date = ?, revision = vault_revision() where item_id = ?")
                .params(timestamp(revisionDate), itemId)
                .update();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    /** The organization's items go with it, and with them every member's folder and favourite of them. */
    @EventHandler
    void on(OrganizationDeleted event) {
        depart("""
                select ic.item_id, ic.collection_id from vault_item_collection ic
                join vault_item i on i.item_id = ic.item_id where i.organization_id = ?
                """, event.organizationId());
        TenantRows.delete(
                jdbc,
                event.organizationId(),
                "delete from vault_item_collection where item_id in (select item_id from vault_item where organization_id = ?)",
                "delete from vault_item_user where item_id in (select item_id from vault_item where organization_id = ?)",
                "delete from vault_item where organization_id = ?");
    }
}
