package io.providerportal.query.vault;

import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.ClientOrganizationUpdated;
import io.providerportal.events.organization.CollectionManagementUpdated;
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
import io.providerportal.platform.persistence.TenantRows;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organizations and members part of projection {@value ProjectionNames#VAULT_ACCESS}: whether an
 * organization is enabled, its provider and collection settings; each member's user, role, status and copy of the
 * organization key. A change of status or enablement recomputes the access it affects; an invitation or its
 * acceptance needs none, since only confirmed members reach anything and they come from no status that did.
 */
@Component
@ReadModel(tables = {"vault_organization", "vault_member"})
@ProcessingGroup(ProjectionNames.VAULT_ACCESS)
class VaultMembersProjection {

    private final JdbcClient jdbc;
    private final EffectiveAccess access;

    VaultMembersProjection(JdbcClient jdbc, EffectiveAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @EventHandler
    void on(ClientOrganizationCreated event) {
        insertOrganization(event.organizationId(), event.providerId(), event.name());
    }

    @EventHandler
    void on(OrganizationCreated event) {
        insertOrganization(event.organizationId(), null, event.name());
    }

    @EventHandler
    void on(ClientOrganizationUpdated event) {
        jdbc.sql("update vault_organization set name = ? where organization_id = ?")
                .params(event.name(), event.organizationId())
                .update();
    }

    @EventHandler
    void on(ClientOrganizationAdded event) {
        setProvider(event.organizationId(), event.providerId());
    }

    @EventHandler
    void on(ClientOrganizationUnlinked event) {
        setProvider(event.organizationId(), null);
    }

    @EventHandler
    void on(OrganizationDisabled event) {
        setEnabled(event.organizationId(), false);
    }

    @EventHandler
    void on(OrganizationEnabled event) {
        setEnabled(event.organizationId(), true);
    }

    @EventHandler
    void on(CollectionManagementUpdated event) {
        jdbc.sql("""
                update vault_organization set limit_collection_creation = ?, limit_collection_deletion = ?,
                                              allow_admin_access_to_all_items = ?
                where organization_id = ?
                """)
                .params(
                        event.limitCollectionCreation(), event.limitCollectionDeletion(),
                        event.allowAdminAccessToAllCollectionItems(), event.organizationId())
                .update();
    }

    @EventHandler
    void on(OrganizationUserInvited event) {
        jdbc.sql("""
                insert into vault_member (organization_user_id, organization_id, type, status)
                values (?, ?, ?, 'INVITED')
                on conflict (organization_user_id) do update set type = excluded.type, status = excluded.status
                """)
                .params(
                        event.organizationUserId(),
                        event.organizationId(),
                        event.type().name())
                .update();
    }

    @EventHandler
    void on(OrganizationOwnerAdded event) {
        jdbc.sql("""
                insert into vault_member (organization_user_id, organization_id, user_id, type, status, key)
                values (?, ?, ?, 'OWNER', 'CONFIRMED', ?)
                on conflict (organization_user_id) do update
                set user_id = excluded.user_id, type = excluded.type, status = excluded.status, key = excluded.key
                """)
                .params(event.organizationUserId(), event.organizationId(), event.userId(), event.key())
                .update();
        access.forMember(event.organizationUserId());
    }

    @EventHandler
    void on(OrganizationUserAccepted event) {
        jdbc.sql("update vault_member set user_id = ?, status = 'ACCEPTED' where organization_user_id = ?")
                .params(event.userId(), event.organizationUserId())
                .update();
    }

    @EventHandler
    void on(OrganizationUserConfirmed event) {
        jdbc.sql("update vault_member set user_id = ?, status = 'CONFIRMED', key = ? where organization_user_id = ?")
                .params(event.userId(), event.key(), event.organizationUserId())
                .update();
        access.forMember(event.organizationUserId());
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
        jdbc.sql("update vault_member set type = ? where organization_user_id = ?")
                .params(event.type().name(), event.organizationUserId())
                .update();
    }

    @EventHandler
    void on(OrganizationUserPermissionsSet event) {
        jdbc.sql("update vault_member set permissions = ? where organization_user_id = ?")
                .params(
                        event.permissions().stream().map(Enum::name).collect(Collectors.joining(",")),
                        event.organizationUserId())
                .update();
    }

    /** The member's direct access and group memberships leave with them, as on the command side. */
    @EventHandler
    void on(OrganizationUserRemoved event) {
        for (String table : List.of("vault_group_member", "vault_member_access", "vault_member")) {
            jdbc.sql("delete from " + table + " where organization_user_id = ?")
                    .param(event.organizationUserId())
                    .update();
        }
        access.forMember(event.organizationUserId());
    }

    private void insertOrganization(UUID id, UUID providerId, String name) {
        jdbc.sql("""
                insert into vault_organization (organization_id, provider_id, name, enabled) values (?, ?, ?, true)
                on conflict (organization_id) do nothing
                """).params(id, providerId, name).update();
    }

    private void setProvider(UUID organizationId, UUID providerId) {
        jdbc.sql("update vault_organization set provider_id = ? where organization_id = ?")
                .params(providerId, organizationId)
                .update();
    }

    private void setEnabled(UUID organizationId, boolean enabled) {
        jdbc.sql("update vault_organization set enabled = ? where organization_id = ?")
                .params(enabled, organizationId)
                .update();
        access.forOrganization(organizationId);
    }

    private void setStatus(UUID memberId, String status) {
        jdbc.sql("update vault_member set status = ? where organization_user_id = ?")
                .params(status, memberId)
                .update();
        access.forMember(memberId);
    }

    @EventHandler
    void on(OrganizationDeleted event) {
        TenantRows.delete(
                jdbc,
                event.organizationId(),
                "delete from vault_member where organization_id = ?",
                "delete from vault_organization where organization_id = ?");
    }
}
