package io.providerportal.query.vault;

import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.CollectionGroupAccessRemoved;
import io.providerportal.events.organization.CollectionGroupAccessSet;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.CollectionRenamed;
import io.providerportal.events.organization.GroupDeleted;
import io.providerportal.events.organization.GroupMemberAdded;
import io.providerportal.events.organization.GroupMemberRemoved;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.platform.persistence.TenantRows;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who reaches which collection: collections, group memberships and the direct and group access rows as the events
 * set them (members and organizations are {@link VaultMembersProjection}'s part); after each change
 * {@link EffectiveAccess} recomputes exactly the (member, collection) pairs it can affect.
 */
@Component
@ReadModel(
        tables = {
            "vault_collection",
            "vault_member_access",
            "vault_group_member",
            "vault_group_access",
            "vault_access",
            "vault_access_removed"
        })
@ProcessingGroup(ProjectionNames.VAULT_ACCESS)
class CollectionAccessProjection {

    private final JdbcClient jdbc;
    private final EffectiveAccess access;

    CollectionAccessProjection(JdbcClient jdbc, EffectiveAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @EventHandler
    void on(CollectionCreated event) {
        jdbc.sql("""
                insert into vault_collection (collection_id, organization_id, name, external_id) values (?, ?, ?, ?)
                on conflict (collection_id) do nothing
                """)
                .params(event.collectionId(), event.organizationId(), event.name(), event.externalId())
                .update();
    }

    @EventHandler
    void on(CollectionRenamed event) {
        jdbc.sql("update vault_collection set name = ?, revision = vault_revision() where collection_id = ?")
                .params(event.name(), event.collectionId())
                .update();
    }

    /** Every access row to the collection goes with it; no separate events say so. */
    @EventHandler
    void on(CollectionDeleted event) {
        for (String table : List.of("vault_member_access", "vault_group_access", "vault_collection")) {
            jdbc.sql("delete from " + table + " where collection_id = ?")
                    .param(event.collectionId())
                    .update();
        }
        access.forCollection(event.collectionId());
    }

    @EventHandler
    void on(CollectionMemberAccessSet event) {
        jdbc.sql("""
                insert into vault_member_access (organization_user_id, collection_id, organization_id, read_only,
                                                 hide_passwords, manage)
                values (?, ?, ?, ?, ?, ?)
                on conflict (organization_user_id, collection_id) do update
                set read_only = excluded.read_only, hide_passwords = excluded.hide_passwords,
                    manage = excluded.manage
                """)
                .params(
                        event.organizationUserId(),
                        event.collectionId(),
                        event.organizationId(),
                        event.readOnly(),
                        event.hidePasswords(),
                        event.manage())
                .update();
        access.forMemberIn(event.organizationUserId(), event.collectionId());
    }

    @EventHandler
    void on(CollectionMemberAccessRemoved event) {
        jdbc.sql("delete from vault_member_access where organization_user_id = ? and collection_id = ?")
                .params(event.organizationUserId(), event.collectionId())
                .update();
        access.forMemberIn(event.organizationUserId(), event.collectionId());
    }

    @EventHandler
    void on(CollectionGroupAccessSet event) {
        jdbc.sql("""
                insert into vault_group_access (group_id, collection_id, organization_id, read_only, hide_passwords,
                                                manage)
                values (?, ?, ?, ?, ?, ?)
                on conflict (group_id, collection_id) do update
                set read_only = excluded.read_only, hide_passwords = excluded.hide_passwords,
                    manage = excluded.manage
                """)
                .params(
                        event.groupId(),
                        event.collectionId(),
                        event.organizationId(),
                        event.readOnly(),
                        event.hidePasswords(),
                        event.manage())
                .update();
        access.forGroupIn(event.groupId(), event.collectionId());
    }

    @EventHandler
    void on(CollectionGroupAccessRemoved event) {
        jdbc.sql("delete from vault_group_access where group_id = ? and collection_id = ?")
                .params(event.groupId(), event.collectionId())
                .update();
        access.forGroupIn(event.groupId(), event.collectionId());
    }

    @EventHandler
    void on(GroupMemberAdded event) {
        jdbc.sql("""
                insert into vault_group_member (group_id, organization_user_id, organization_id) values (?, ?, ?)
                on conflict do nothing
                """)
                .params(event.groupId(), event.organizationUserId(), event.organizationId())
                .update();
        access.forMember(event.organizationUserId());
    }

    @EventHandler
    void on(GroupMemberRemoved event) {
        jdbc.sql("delete from vault_group_member where group_id = ? and organization_user_id = ?")
                .params(event.groupId(), event.organizationUserId())
                .update();
        access.forMember(event.organizationUserId());
    }

    /** A deleted group takes its memberships and access rows with it. */
    @EventHandler
    void on(GroupDeleted event) {
        for (String table : List.of("vault_group_member", "vault_group_access")) {
            jdbc.sql("delete from " + table + " where group_id = ?")
                    .param(event.groupId())
                    .update();
        }
        access.forOrganization(event.organizationId());
    }

    @EventHandler
    void on(OrganizationDeleted event) {
        TenantRows.delete(
                jdbc,
                event.organizationId(),
                EffectiveAccess.REMOVE.formatted("organization_id = ?"),
                "delete from vault_member_access where organization_id = ?",
                "delete from vault_group_member where organization_id = ?",
                "delete from vault_group_access where organization_id = ?",
                "delete from vault_collection where organization_id = ?");
    }
}
