package io.providerportal.query.membership;

import io.providerportal.events.identity.UserRegistered;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.provider.ProviderClientGroupCreated;
import io.providerportal.events.provider.ProviderClientGroupDeleted;
import io.providerportal.events.provider.ProviderClientGroupUpdated;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderDeleted;
import io.providerportal.events.provider.ProviderDisabled;
import io.providerportal.events.provider.ProviderEnabled;
import io.providerportal.events.provider.ProviderOwnerAssigned;
import io.providerportal.events.provider.ProviderOwnerInvited;
import io.providerportal.events.provider.ProviderProfileUpdated;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderUserAccepted;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.events.provider.ProviderUserScopeSet;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.events.provider.ProviderUserTypeChanged;
import io.providerportal.platform.persistence.TenantRows;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model of provider members: who belongs to which provider, in which role and status, with the names the
 * member list and "my providers" show. Upserts only, so redelivery and replay give the same rows.
 */
@Component
@ReadModel(
        tables = {
            "provider_member",
            "provider_member_scope",
            "provider_member_group_scope",
            "provider_client_group",
            "provider_client_group_client",
            "membership_user",
            "membership_provider"
        })
@ProcessingGroup(ProjectionNames.PROVIDER_MEMBERS)
class ProviderMembersProjection {

    private final JdbcClient jdbc;

    ProviderMembersProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserRegistered event) {
        jdbc.sql("""
                insert into membership_user (user_id, email, name) values (?, ?, ?)
                on conflict (user_id) do update set email = excluded.email, name = excluded.name
                """).params(event.userId(), event.email(), event.name()).update();
    }

    @EventHandler
    void on(ProviderCreated event) {
        jdbc.sql("""
                insert into membership_provider (provider_id, name, type, enabled, set_up) values (?, ?, ?, true, false)
                on conflict (provider_id) do nothing
                """)
                .params(event.providerId(), event.name(), event.type().name())
                .update();
    }

    @EventHandler
    void on(ProviderProfileUpdated event) {
        jdbc.sql("update membership_provider set name = ? where provider_id = ?")
                .params(event.name(), event.providerId())
                .update();
    }

    @EventHandler
    void on(ProviderDisabled event) {
        jdbc.sql("update membership_provider set enabled = false where provider_id = ?")
                .param(event.providerId())
                .update();
    }

    @EventHandler
    void on(ProviderEnabled event) {
        jdbc.sql("update membership_provider set enabled = true where provider_id = ?")
                .param(event.providerId())
                .update();
    }

    /** Only providers created before set-up existed have it: their owner, added confirmed without a key. */
    @EventHandler
    void on(ProviderUserAdded event) {
        upsert(
                event.providerUserId(),
                event.providerId(),
                event.userId(),
                event.email(),
                event.type().name(),
                "CONFIRMED");
        markSetUp(event.providerId());
    }

    @EventHandler
    void on(ProviderOwnerAssigned event) {
        upsert(
                event.providerUserId(),
                event.providerId(),
                event.userId(),
                event.email(),
                ProviderUserType.PROVIDER_ADMIN.name(),
                "ACCEPTED");
    }

    @EventHandler
    void on(ProviderOwnerInvited event) {
        upsert(
                event.providerUserId(),
                event.providerId(),
                null,
                event.email(),
                ProviderUserType.PROVIDER_ADMIN.name(),
                "INVITED");
    }

    @EventHandler
    void on(ProviderSetUp event) {
        confirm(event.providerUserId(), event.key());
        markSetUp(event.providerId());
    }

    @EventHandler
    void on(ProviderUserInvited event) {
        upsert(
                event.providerUserId(),
                event.providerId(),
                null,
                event.email(),
                event.type().name(),
                "INVITED");
    }

    @EventHandler
    void on(ProviderUserAccepted event) {
        jdbc.sql("update provider_member set user_id = ?, status = 'ACCEPTED' where provider_user_id = ?")
                .params(event.userId(), event.providerUserId())
                .update();
    }

    @EventHandler
    void on(ProviderUserConfirmed event) {
        confirm(event.providerUserId(), event.key());
    }

    @EventHandler
    void on(ProviderUserTypeChanged event) {
        jdbc.sql("update provider_member set type = ? where provider_user_id = ?")
                .params(event.type().name(), event.providerUserId())
                .update();
    }

    @EventHandler
    void on(ProviderUserRemoved event) {
        TenantRows.delete(
                jdbc,
                event.providerUserId(),
                "delete from provider_member where provider_user_id = ?",
                "delete from provider_member_scope where provider_user_id = ?",
                "delete from provider_member_group_scope where provider_user_id = ?");
    }

    @EventHandler
    void on(ProviderUserScopeSet event) {
        jdbc.sql("update provider_member set all_clients = ? where provider_user_id = ?")
                .params(event.allClients(), event.providerUserId())
                .update();
        TenantRows.delete(
                jdbc,
                event.providerUserId(),
                "delete from provider_member_scope where provider_user_id = ?",
                "delete from provider_member_group_scope where provider_user_id = ?");
        jdbc.sql("""
                insert into provider_member_scope (provider_user_id, organization_id)
                select ?, c from unnest(?) as c
                """)
                .params(event.providerUserId(), event.organizationIds().toArray(UUID[]::new))
                .update();
        jdbc.sql("""
                insert into provider_member_group_scope (provider_user_id, client_group_id)
                select ?, g from unnest(?) as g
                """)
                .params(event.providerUserId(), event.clientGroupIds().toArray(UUID[]::new))
                .update();
    }

    @EventHandler
    void on(ProviderClientGroupCreated event) {
        saveGroup(event.providerId(), event.clientGroupId(), event.name(), event.organizationIds());
    }

    @EventHandler
    void on(ProviderClientGroupUpdated event) {
        saveGroup(event.providerId(), event.clientGroupId(), event.name(), event.organizationIds());
    }

    @EventHandler
    void on(ProviderClientGroupDeleted event) {
        TenantRows.delete(
                jdbc,
                event.clientGroupId(),
                "delete from provider_member_group_scope where client_group_id = ?",
                "delete from provider_client_group_client where client_group_id = ?",
                "delete from provider_client_group where client_group_id = ?");
    }

    private void saveGroup(UUID providerId, UUID clientGroupId, String name, List<UUID> organizationIds) {
        jdbc.sql("""
                insert into provider_client_group (client_group_id, provider_id, name) values (?, ?, ?)
                on conflict (client_group_id) do update set name = excluded.name
                """).params(clientGroupId, providerId, name).update();
        jdbc.sql("delete from provider_client_group_client where client_group_id = ?")
                .param(clientGroupId)
                .update();
        jdbc.sql("""
                insert into provider_client_group_client (client_group_id, organization_id)
                select ?, c from unnest(?) as c
                """)
                .params(clientGroupId, organizationIds.toArray(UUID[]::new))
                .update();
    }

    /** A deleted client leaves every scope and client group it was in. */
    @EventHandler
    void on(OrganizationDeleted event) {
        TenantRows.delete(
                jdbc,
                event.organizationId(),
                "delete from provider_member_scope where organization_id = ?",
                "delete from provider_client_group_client where organization_id = ?");
    }

    @EventHandler
    void on(ProviderDeleted event) {
        TenantRows.delete(
                jdbc,
                event.providerId(),
                """
                delete from provider_member_scope
                where provider_user_id in (select provider_user_id from provider_member where provider_id = ?)""",
                """
                delete from provider_member_group_scope
                where provider_user_id in (select provider_user_id from provider_member where provider_id = ?)""",
                """
                delete from provider_client_group_client
                where client_group_id in (select client_group_id from provider_client_group where provider_id = ?)""",
                "delete from provider_client_group where provider_id = ?",
                "delete from provider_member where provider_id = ?",
                "delete from membership_provider where provider_id = ?");
    }

    private void confirm(UUID providerUserId, String key) {
        jdbc.sql("update provider_member set status = 'CONFIRMED', key = ? where provider_user_id = ?")
                .params(key, providerUserId)
                .update();
    }

    private void markSetUp(UUID providerId) {
        jdbc.sql("update membership_provider set set_up = true where provider_id = ?")
                .param(providerId)
                .update();
    }

    private void upsert(UUID providerUserId, UUID providerId, UUID userId, String email, String type, String status) {
        jdbc.sql("""
                insert into provider_member (provider_user_id, provider_id, user_id, email, type, status)
                values (?, ?, ?, ?, ?, ?)
                on conflict (provider_user_id) do update
                set user_id = excluded.user_id, email = excluded.email, type = excluded.type, status = excluded.status
                """)
                .params(providerUserId, providerId, userId, email, type, status)
                .update();
    }
}
