package io.providerportal.query.dashboard;

import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.ClientOrganizationUpdated;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.OrganizationCreated;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationEnabled;
import io.providerportal.events.organization.OrganizationOwnerAdded;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderDeleted;
import io.providerportal.events.provider.ProviderDisabled;
import io.providerportal.events.provider.ProviderEnabled;
import io.providerportal.events.provider.ProviderProfileUpdated;
import io.providerportal.events.provider.ProviderSeatMinimumSet;
import io.providerportal.events.vault.VaultItemCreated;
import io.providerportal.events.vault.VaultItemPurged;
import io.providerportal.events.vault.VaultItemShared;
import io.providerportal.platform.persistence.TenantRows;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The provider dashboard: one row per provider and one per organization (clients carry their provider), with seat
 * counts derived from the members' statuses, counts of collections and items, and each provider's seat pool.
 * Every handler is an upsert, a recount or a count of ids it has not counted yet, so redelivery and replay give
 * the same rows.
 */
@Component
@ReadModel(
        tables = {
            "dashboard_provider",
            "dashboard_client",
            "dashboard_org_member",
            "dashboard_provider_plan",
            "dashboard_org_collection",
            "dashboard_org_item"
        })
@ProcessingGroup(ProjectionNames.DASHBOARD)
class DashboardProjection {

    private final JdbcClient jdbc;

    DashboardProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProviderCreated event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                insert into dashboard_provider (provider_id, name, business_name, type, billing_email, enabled, created_at)
                values (?, ?, ?, ?, ?, true, ?)
                on conflict (provider_id) do nothing
                """)
                .params(
                        event.providerId(),
                        event.name(),
                        event.businessName(),
                        event.type().name(),
                        event.billingEmail(),
                        Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ProviderProfileUpdated event) {
        jdbc.sql("update dashboard_provider set name = ?, business_name = ?, billing_email = ? where provider_id = ?")
                .params(event.name(), event.businessName(), event.billingEmail(), event.providerId())
                .update();
    }

    @EventHandler
    void on(ProviderDisabled event) {
        jdbc.sql("update dashboard_provider set enabled = false where provider_id = ?")
                .param(event.providerId())
                .update();
    }

    @EventHandler
    void on(ProviderEnabled event) {
        jdbc.sql("update dashboard_provider set enabled = true where provider_id = ?")
                .param(event.providerId())
                .update();
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
                at);
    }

    @EventHandler
    void on(OrganizationCreated event, @org.axonframework.eventhandling.Timestamp Instant at) {
        insertOrganization(
                event.organizationId(), null, null, event.name(), event.plan().name(), event.seats(), at);
    }

    @EventHandler
    void on(ClientOrganizationAdded event) {
        jdbc.sql("update dashboard_client set provider_id = ?, key = ? where organization_id = ?")
                .params(event.providerId(), event.providerKey(), event.organizationId())
                .update();
    }

    @EventHandler
    void on(ClientOrganizationUpdated event) {
        jdbc.sql("update dashboard_client set name = ?, sort_name = ?, seats = ? where organization_id = ?")
                .params(event.name(), sortKey(event.name()), event.seats(), event.organizationId())
                .update();
    }

    @EventHandler
    void on(ClientOrganizationUnlinked event) {
        jdbc.sql("update dashboard_client set provider_id = null, key = null where organization_id = ?")
                .param(event.organizationId())
                .update();
    }

    @EventHandler
    void on(ProviderSeatMinimumSet event) {
        jdbc.sql("""
                insert into dashboard_provider_plan (provider_id, plan, seat_minimum) values (?, ?, ?)
                on conflict (provider_id, plan) do update set seat_minimum = excluded.seat_minimum
                """)
                .params(event.providerId(), event.plan().name(), event.seatMinimum())
                .update();
    }

    @EventHandler
    void on(OrganizationUserInvited event) {
        setMemberStatus(event.organizationId(), event.organizationUserId(), "INVITED");
    }

    @EventHandler
    void on(OrganizationOwnerAdded event) {
        setMemberStatus(event.organizationId(), event.organizationUserId(), "CONFIRMED");
    }

    @EventHandler
    void on(OrganizationUserAccepted event) {
        setMemberStatus(event.organizationId(), event.organizationUserId(), "ACCEPTED");
    }

    @EventHandler
    void on(OrganizationUserConfirmed event) {
        setMemberStatus(event.organizationId(), event.organizationUserId(), "CONFIRMED");
    }

    @EventHandler
    void on(OrganizationUserRevoked event) {
        setMemberStatus(event.organizationId(), event.organizationUserId(), "REVOKED");
    }

    @EventHandler
    void on(OrganizationUserRestored event) {
        setMemberStatus(
                event.organizationId(),
                event.organizationUserId(),
                event.status().name());
    }

    @EventHandler
    void on(OrganizationUserRemoved event) {
        jdbc.sql("delete from dashboard_org_member where organization_user_id = ?")
                .param(event.organizationUserId())
                .update();
        recount(event.organizationId());
    }

    @EventHandler
    void on(OrganizationDisabled event) {
        setStatus(event.organizationId(), "DISABLED");
    }

    @EventHandler
    void on(OrganizationEnabled event) {
        setStatus(event.organizationId(), "ACTIVE");
    }

    @EventHandler
    void on(CollectionCreated event) {
        count("dashboard_org_collection", "collection_id", "collections", event.collectionId(), event.organizationId());
    }

    @EventHandler
    void on(CollectionDeleted event) {
        uncount("dashboard_org_collection", "collection_id", "collections", event.collectionId());
    }

    @EventHandler
    void on(VaultItemCreated event) {
        if (event.organizationId() != null) {
            count("dashboard_org_item", "item_id", "items", event.itemId(), event.organizationId());
        }
    }

    @EventHandler
    void on(VaultItemShared event) {
        count("dashboard_org_item", "item_id", "items", event.itemId(), event.organizationId());
    }

    /** A trashed item still counts; only a purged one is gone. */
    @EventHandler
    void on(VaultItemPurged event) {
        uncount("dashboard_org_item", "item_id", "items", event.itemId());
    }

    @EventHandler
    void on(OrganizationDeleted event) {
        TenantRows.delete(
                jdbc,
                event.organizationId(),
                "delete from dashboard_org_member where organization_id = ?",
                "delete from dashboard_org_collection where organization_id = ?",
                "delete from dashboard_org_item where organization_id = ?",
                "delete from dashboard_client where organization_id = ?");
    }

    @EventHandler
    void on(ProviderDeleted event) {
        TenantRows.delete(
                jdbc,
                event.providerId(),
                "delete from dashboard_provider_plan where provider_id = ?",
                "delete from dashboard_provider where provider_id = ?");
    }

    private void insertOrganization(
            UUID id, UUID providerId, String key, String name, String plan, int seats, Instant at) {
        jdbc.sql("""
                insert into dashboard_client (organization_id, provider_id, key, name, sort_name, plan, seats,
                                              occupied_seats, confirmed_users, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 0, 0, 'ACTIVE', ?)
                on conflict (organization_id) do nothing
                """)
                .params(id, providerId, key, name, sortKey(name), plan, seats, Timestamp.from(at))
                .update();
        recount(id);
        jdbc.sql("""
                update dashboard_client c set
                    collections = (select count(*) from dashboard_org_collection x
                                   where x.organization_id = c.organization_id),
                    items = (select count(*) from dashboard_org_item x where x.organization_id = c.organization_id)
                where c.organization_id = ?
                """).param(id).update();
    }

    /** Adds one to the organization's counter if the id was not counted yet; keeping the ids makes it idempotent. */
    private void count(String ids, String idColumn, String counter, UUID id, UUID organizationId) {
        jdbc.sql("""
                with added as (insert into %1$s (%2$s, organization_id) values (?, ?) on conflict do nothing
                               returning organization_id)
                update dashboard_client c set %3$s = %3$s + 1 from added where c.organization_id = added.organization_id
                """.formatted(ids, idColumn, counter))
                .params(id, organizationId)
                .update();
    }

    private void uncount(String ids, String idColumn, String counter, UUID id) {
        jdbc.sql("""
                with removed as (delete from %1$s where %2$s = ? returning organization_id)
                update dashboard_client c set %3$s = %3$s - 1 from removed
                where c.organization_id = removed.organization_id
                """.formatted(ids, idColumn, counter)).param(id).update();
    }

    private void setMemberStatus(UUID organizationId, UUID memberId, String status) {
        jdbc.sql("""
                insert into dashboard_org_member (organization_user_id, organization_id, status) values (?, ?, ?)
                on conflict (organization_user_id) do update set status = excluded.status
                """).params(memberId, organizationId, status).update();
        recount(organizationId);
    }

    /** Occupied seats count invited, accepted and confirmed members; confirmed users only the confirmed. */
    private void recount(UUID organizationId) {
        jdbc.sql("""
                update dashboard_client c set
                    occupied_seats = (select count(*) from dashboard_org_member m
                                      where m.organization_id = c.organization_id
                                        and m.status in ('INVITED', 'ACCEPTED', 'CONFIRMED')),
                    confirmed_users = (select count(*) from dashboard_org_member m
                                       where m.organization_id = c.organization_id and m.status = 'CONFIRMED')
                where c.organization_id = ?
                """).param(organizationId).update();
    }

    private void setStatus(UUID organizationId, String status) {
        jdbc.sql("update dashboard_client set status = ? where organization_id = ?")
                .params(status, organizationId)
                .update();
    }

    static String sortKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
