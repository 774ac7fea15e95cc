package io.providerportal.query.organization;

import io.providerportal.events.identity.UserRegistered;
import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.ClientOrganizationUpdated;
import io.providerportal.events.organization.CollectionGroupAccessRemoved;
import io.providerportal.events.organization.CollectionGroupAccessSet;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.GroupCreated;
import io.providerportal.events.organization.GroupDeleted;
import io.providerportal.events.organization.GroupMemberAdded;
import io.providerportal.events.organization.GroupMemberRemoved;
import io.providerportal.events.organization.GroupRenamed;
import io.providerportal.events.organization.OrganizationCreated;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationEnabled;
import io.providerportal.events.organization.OrganizationOwnerAdded;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserPermissionsSet;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserTypeChanged;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.organization.PolicyUpdated;
import io.providerportal.events.organization.ProviderPolicyApplied;
import io.providerportal.events.provider.ProviderDeleted;
import io.providerportal.events.provider.ProviderPolicyUpdated;
import io.providerportal.query.projection.DeferredStatements;
import io.providerportal.query.projection.IsolatedFailures;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read model of organizations: profile, members (role, status, permissions, direct collection access, name),
 * groups (members, collection access) and policies.
 */
@Component
@ReadModel(
        tables = {
            "org_view",
            "org_member_view",
            "org_member_collection",
            "org_user_name",
            "org_group",
            "org_group_member",
            "org_group_collection",
            "org_policy",
            "org_provider_policy",
            "provider_policy"
        })
@ProcessingGroup(ProjectionNames.ORGANIZATIONS)
class OrganizationsProjection {

    private final DeferredStatements writes;

    OrganizationsProjection(JdbcTemplate jdbc, IsolatedFailures failures) {
        this.writes = new DeferredStatements(OrganizationsProjection.class, failures, jdbc);
    }

    @EventHandler
    void on(ClientOrganizationCreated event, @org.axonframework.eventhandling.Timestamp Instant at) {
        insertOrganization(
                event.organizationId(),
                event.providerId(),
                event.providerKey(),
                event.name(),
                event.plan().name(),
                event.seats(),
                event.billingEmail(),
                at);
    }

    @EventHandler
    void on(OrganizationCreated event, @org.axonframework.eventhandling.Timestamp Instant at) {
        insertOrganization(
                event.organizationId(),
                null,
                null,
                event.name(),
                event.plan().name(),
                event.seats(),
                event.billingEmail(),
                at);
    }

    @EventHandler
    void on(ClientOrganizationAdded event) {
        writes.update(
                "update org_view set provider_id = ?, provider_key = ?, billing_email = ? where organization_id = ?",
                event.providerId(),
                event.providerKey(),
                event.billingEmail(),
                event.organizationId());
    }

    @EventHandler
    void on(ClientOrganizationUpdated event) {
        writes.update(
                "update org_view set name = ?, seats = ? where organization_id = ?",
                event.name(),
                event.seats(),
                event.organizationId());
    }

    @EventHandler
    void on(ClientOrganizationUnlinked event) {
        writes.update("delete from org_provider_policy where organization_id = ?", event.organizationId());
        writes.update("""
                update org_view set provider_id = null, provider_key = null, billing_email = ?
                where organization_id = ?
                """, event.billingEmail(), event.organizationId());
    }

    @EventHandler
    void on(OrganizationDisabled event) {
        writes.update("update org_view set enabled = false where organization_id = ?", event.organizationId());
    }

    @EventHandler
    void on(OrganizationEnabled event) {
        writes.update("update org_view set enabled = true where organization_id = ?", event.organizationId());
    }

    @EventHandler
    void on(UserRegistered event) {
        writes.update(
                "insert into org_user_name (user_id, name) values (?, ?) on conflict (user_id) do nothing",
                event.userId(),
                event.name());
    }

    @EventHandler
    void on(OrganizationUserInvited event) {
        upsertMember(
                event.organizationUserId(),
                event.organizationId(),
                null,
                event.email(),
                event.type().name(),
                "INVITED");
    }

    @EventHandler
    void on(OrganizationOwnerAdded event) {
        upsertMember(
                event.organizationUserId(),
                event.organizationId(),
                event.userId(),
                event.email(),
                "OWNER",
                "CONFIRMED");
        setKey(event.organizationUserId(), event.key());
    }

    @EventHandler
    void on(OrganizationUserAccepted event) {
        writes.update(
                "update org_member_view set user_id = ?, status = 'ACCEPTED' where organization_user_id = ?",
                event.userId(),
                event.organizationUserId());
    }

    @EventHandler
    void on(OrganizationUserConfirmed event) {
        setStatus(event.organizationUserId(), "CONFIRMED");
        setKey(event.organizationUserId(), event.key());
    }

    @EventHandler
    void on(OrganizationUserRevoked event) {
        setStatus(event.organizationUserId(), "REVOKED");
    }

    @EventHandler
    void on(OrganizationUserRestored event) {
        setStatus(event.organizationUserId(), event.status().name());
    }

    @EventHandler
    void on(OrganizationUserTypeChanged event) {
        writes.update(
                "update org_member_view set type = ? where organization_user_id = ?",
                event.type().name(),
                event.organizationUserId());
    }

    @EventHandler
    void on(OrganizationUserPermissionsSet event) {
        writes.update(
                "update org_member_view set permissions = ? where organization_user_id = ?",
                event.permissions().stream().map(Enum::name).collect(Collectors.joining(",")),
                event.organizationUserId());
    }

    @EventHandler
    void on(OrganizationUserRemoved event) {
        writes.update("delete from org_group_member where organization_user_id = ?", event.organizationUserId());
        writes.update("delete from org_member_collection where organization_user_id = ?", event.organizationUserId());
        writes.update("delete from org_member_view where organization_user_id = ?", event.organizationUserId());
    }

    @EventHandler
    void on(CollectionMemberAccessSet event) {
        writes.update(
                """
                insert into org_member_collection (organization_user_id, collection_id, organization_id, read_only,
                                                   hide_passwords, manage)
                values (?, ?, ?, ?, ?, ?)
                on conflict (organization_user_id, collection_id) do update
                set read_only = excluded.read_only, hide_passwords = excluded.hide_passwords,
                    manage = excluded.manage
                """,
                event.organizationUserId(),
                event.collectionId(),
                event.organizationId(),
                event.readOnly(),
                event.hidePasswords(),
                event.manage());
    }

    @EventHandler
    void on(CollectionMemberAccessRemoved event) {
        writes.update(
                "delete from org_member_collection where organization_user_id = ? and collection_id = ?",
                event.organizationUserId(),
                event.collectionId());
    }

    @EventHandler
    void on(GroupCreated event) {
        writes.update(
                "insert into org_group (group_id, organization_id, name) values (?, ?, ?) on conflict do nothing",
                event.groupId(),
                event.organizationId(),
                event.name());
    }

    @EventHandler
    void on(GroupRenamed event) {
        writes.update("update org_group set name = ? where group_id = ?", event.name(), event.groupId());
    }

    @EventHandler
    void on(GroupDeleted event) {
        for (String table : List.of("org_group_member", "org_group_collection", "org_group")) {
            writes.update("delete from " + table + " where group_id = ?", event.groupId());
        }
    }

    @EventHandler
    void on(GroupMemberAdded event) {
        writes.update(
                "insert into org_group_member (group_id, organization_user_id) values (?, ?) on conflict do nothing",
                event.groupId(),
                event.organizationUserId());
    }

    @EventHandler
    void on(GroupMemberRemoved event) {
        writes.update(
                "delete from org_group_member where group_id = ? and organization_user_id = ?",
                event.groupId(),
                event.organizationUserId());
    }

    @EventHandler
    void on(CollectionGroupAccessSet event) {
        writes.update(
                """
                insert into org_group_collection (group_id, collection_id, read_only, hide_passwords, manage)
                values (?, ?, ?, ?, ?)
                on conflict (group_id, collection_id) do update
                set read_only = excluded.read_only, hide_passwords = excluded.hide_passwords,
                    manage = excluded.manage
                """, event.groupId(), event.collectionId(), event.readOnly(), event.hidePasswords(), event.manage());
    }

    @EventHandler
    void on(CollectionGroupAccessRemoved event) {
        writes.update(
                "delete from org_group_collection where group_id = ? and collection_id = ?",
                event.groupId(),
                event.collectionId());
    }

    @EventHandler
    void on(PolicyUpdated event) {
        savePolicy(
                "org_policy", "organization_id", event.organizationId(), event.type(), event.enabled(), event.data());
    }

    @EventHandler
    void on(ProviderPolicyApplied event) {
        savePolicy(
                "org_provider_policy",
                "organization_id",
                event.organizationId(),
                event.type(),
                event.enabled(),
                event.data());
    }

    @EventHandler
    void on(ProviderPolicyUpdated event) {
        savePolicy("provider_policy", "provider_id", event.providerId(), event.type(), event.enabled(), event.data());
    }

    /** The three policy tables (own, provider's as applied to a client, provider's default) have one shape. */
    private void savePolicy(String table, String owner, UUID ownerId, PolicyType type, boolean enabled, String data) {
        writes.update("""
                insert into %1$s (%2$s, type, enabled, data) values (?, ?, ?, ?)
                on conflict (%2$s, type) do update set enabled = excluded.enabled, data = excluded.data
                """.formatted(table, owner), ownerId, type.name(), enabled, data);
    }

    private void insertOrganization(
            UUID id,
            UUID providerId,
            String providerKey,
            String name,
            String plan,
            int seats,
            String billingEmail,
            Instant at) {
        writes.update("""
                insert into org_view (organization_id, provider_id, provider_key, name, plan, seats, billing_email,
                                      enabled, created_at)
                values (?, ?, ?, ?, ?, ?, ?, true, ?)
                on conflict (organization_id) do nothing
                """, id, providerId, providerKey, name, plan, seats, billingEmail, Timestamp.from(at));
    }

    private void setKey(UUID memberId, String key) {
        writes.update("update org_member_view set key = ? where organization_user_id = ?", key, memberId);
    }

    private void upsertMember(
            UUID memberId, UUID organizationId, UUID userId, String email, String type, String status) {
        writes.update("""
                insert into org_member_view (organization_user_id, organization_id, user_id, email, type, status)
                values (?, ?, ?, ?, ?, ?)
                on conflict (organization_user_id) do update
                set user_id = excluded.user_id, email = excluded.email, type = excluded.type, status = excluded.status
                """, memberId, organizationId, userId, email, type, status);
    }

    private void setStatus(UUID memberId, String status) {
        writes.update("update org_member_view set status = ? where organization_user_id = ?", status, memberId);
    }

    @EventHandler
    void on(OrganizationDeleted event) {
        deleteTenantRows(
                event.organizationId(),
                "delete from org_group_member where group_id in (select group_id from org_group where organization_id = ?)",
                """
                delete from org_group_collection
                where group_id in (select group_id from org_group where organization_id = ?)""",
                "delete from org_member_collection where organization_id = ?",
                "delete from org_member_view where organization_id = ?",
                "delete from org_group where organization_id = ?",
                "delete from org_policy where organization_id = ?",
                "delete from org_provider_policy where organization_id = ?",
                "delete from org_view where organization_id = ?");
    }

    @EventHandler
    void on(ProviderDeleted event) {
        deleteTenantRows(event.providerId(), "delete from provider_policy where provider_id = ?");
    }

    /** In order, from the leaves to the tenant's own row: a later delete may find its rows through an earlier one's. */
    private void deleteTenantRows(UUID tenantId, String... deletes) {
        for (String delete : deletes) {
            writes.update(delete, tenantId);
        }
    }
}
