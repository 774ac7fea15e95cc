package io.providerportal.command.provider;

import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.provider.ProviderClientGroupCreated;
import io.providerportal.events.provider.ProviderClientGroupDeleted;
import io.providerportal.events.provider.ProviderClientGroupUpdated;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderDeleted;
import io.providerportal.events.provider.ProviderDisabled;
import io.providerportal.events.provider.ProviderEnabled;
import io.providerportal.events.provider.ProviderOwnerAssigned;
import io.providerportal.events.provider.ProviderOwnerInvited;
import io.providerportal.events.provider.ProviderPolicyUpdated;
import io.providerportal.events.provider.ProviderProfileUpdated;
import io.providerportal.events.provider.ProviderSeatMinimumSet;
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
import io.providerportal.platform.policy.PolicyState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Command-side lookup of providers and their members, written in the same transaction as the events
 * (subscribing processor) so that authorization and set rules never read stale or query-side data.
 */
@Component
@ProcessingGroup("provider-lookup")
class ProviderLookup {

    record ProviderRow(UUID providerId, String type, boolean enabled, boolean setUp, String billingEmail) {}

    private final JdbcClient jdbc;

    ProviderLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProviderPolicyUpdated event) {
        jdbc.sql("""
                        insert into provider_policy_lookup (provider_id, type, enabled, data) values (?, ?, ?, ?)
                        on conflict (provider_id, type) do update set enabled = excluded.enabled, data = excluded.data
                        """)
                .params(event.providerId(), event.type().name(), event.enabled(), event.data())
                .update();
    }

    /** The provider's enabled default policies. */
    Map<PolicyType, PolicyState> policies(UUID providerId) {
        Map<PolicyType, PolicyState> policies = new EnumMap<>(PolicyType.class);
        jdbc.sql("select type, enabled, data from provider_policy_lookup where provider_id = ? and enabled")
                .param(providerId)
                .query((rs, i) -> policies.put(
                        PolicyType.valueOf(rs.getString("type")),
                        new PolicyState(rs.getBoolean("enabled"), rs.getString("data"))))
                .list();
        return policies;
    }

    @EventHandler
    void on(ProviderCreated event) {
        jdbc.sql("""
                insert into provider_lookup (provider_id, type, enabled, set_up, billing_email) values (?, ?, true, false, ?)
                """)
                .params(event.providerId(), event.type().name(), event.billingEmail())
                .update();
    }

    @EventHandler
    void on(ProviderProfileUpdated event) {
        jdbc.sql("update provider_lookup set billing_email = ? where provider_id = ?")
                .params(event.billingEmail(), event.providerId())
                .update();
    }

    @EventHandler
    void on(ProviderDisabled event) {
        setEnabled(event.providerId(), false);
    }

    @EventHandler
    void on(ProviderEnabled event) {
        setEnabled(event.providerId(), true);
    }

    /** Only providers created before set-up existed have it: their owner, added confirmed. */
    @EventHandler
    void on(ProviderUserAdded event) {
        insertMember(
                event.providerUserId(), event.providerId(), event.userId(), event.email(), event.type(), "CONFIRMED");
        markSetUp(event.providerId());
    }

    @EventHandler
    void on(ProviderOwnerAssigned event) {
        insertMember(
                event.providerUserId(),
                event.providerId(),
                event.userId(),
                event.email(),
                ProviderUserType.PROVIDER_ADMIN,
                "ACCEPTED");
    }

    @EventHandler
    void on(ProviderOwnerInvited event) {
        insertMember(
                event.providerUserId(),
                event.providerId(),
                null,
                event.email(),
                ProviderUserType.PROVIDER_ADMIN,
                "INVITED");
    }

    @EventHandler
    void on(ProviderSetUp event) {
        jdbc.sql("update provider_member_lookup set status = 'CONFIRMED' where provider_user_id = ?")
                .param(event.providerUserId())
                .update();
        markSetUp(event.providerId());
    }

    @EventHandler
    void on(ProviderUserInvited event) {
        insertMember(event.providerUserId(), event.providerId(), null, event.email(), event.type(), "INVITED");
    }

    @EventHandler
    void on(ProviderUserAccepted event) {
        jdbc.sql("update provider_member_lookup set user_id = ?, status = 'ACCEPTED' where provider_user_id = ?")
                .params(event.userId(), event.providerUserId())
                .update();
    }

    @EventHandler
    void on(ProviderUserConfirmed event) {
        jdbc.sql("update provider_member_lookup set status = 'CONFIRMED' where provider_user_id = ?")
                .param(event.providerUserId())
                .update();
    }

    @EventHandler
    void on(ProviderUserTypeChanged event) {
        jdbc.sql("update provider_member_lookup set type = ? where provider_user_id = ?")
                .params(event.type().name(), event.providerUserId())
                .update();
    }

    @EventHandler
    void on(ProviderUserRemoved event) {
        TenantRows.delete(
                jdbc,
                event.providerUserId(),
                "delete from provider_member_lookup where provider_user_id = ?",
                "delete from provider_member_scope_lookup where provider_user_id = ?",
                "delete from provider_member_group_scope_lookup where provider_user_id = ?");
    }

    @EventHandler
    void on(ProviderUserScopeSet event) {
        jdbc.sql("update provider_member_lookup set all_clients = ? where provider_user_id = ?")
                .params(event.allClients(), event.providerUserId())
                .update();
        TenantRows.delete(
                jdbc,
                event.providerUserId(),
                "delete from provider_member_scope_lookup where provider_user_id = ?",
                "delete from provider_member_group_scope_lookup where provider_user_id = ?");
        jdbc.sql("""
                insert into provider_member_scope_lookup (provider_user_id, organization_id)
                select ?, c from unnest(?) as c
                """)
                .params(event.providerUserId(), event.organizationIds().toArray(UUID[]::new))
                .update();
        jdbc.sql("""
                insert into provider_member_group_scope_lookup (provider_user_id, client_group_id)
                select ?, g from unnest(?) as g
                """)
                .params(event.providerUserId(), event.clientGroupIds().toArray(UUID[]::new))
                .update();
    }

    @EventHandler
    void on(ProviderClientGroupCreated event) {
        setClients(event.providerId(), event.clientGroupId(), event.organizationIds());
    }

    @EventHandler
    void on(ProviderClientGroupUpdated event) {
        setClients(event.providerId(), event.clientGroupId(), event.organizationIds());
    }

    @EventHandler
    void on(ProviderClientGroupDeleted event) {
        TenantRows.delete(
                jdbc,
                event.clientGroupId(),
                "delete from provider_client_group_lookup where client_group_id = ?",
                "delete from provider_member_group_scope_lookup where client_group_id = ?");
    }

    private void setClients(UUID providerId, UUID clientGroupId, List<UUID> organizationIds) {
        jdbc.sql("delete from provider_client_group_lookup where client_group_id = ?")
                .param(clientGroupId)
                .update();
        jdbc.sql("""
                insert into provider_client_group_lookup (client_group_id, provider_id, organization_id)
                select ?, ?, c from unnest(?) as c
                """)
                .params(clientGroupId, providerId, organizationIds.toArray(UUID[]::new))
                .update();
    }

    /** A deleted client leaves every scope and client group it was in. */
    @EventHandler
    void on(OrganizationDeleted event) {
        TenantRows.delete(
                jdbc,
                event.organizationId(),
                "delete from provider_member_scope_lookup where organization_id = ?",
                "delete from provider_client_group_lookup where organization_id = ?");
    }

    @EventHandler
    void on(ProviderDeleted event) {
        TenantRows.delete(
                jdbc,
                event.providerId(),
                """
                delete from provider_member_scope_lookup where provider_user_id in
                    (select provider_user_id from provider_member_lookup where provider_id = ?)""",
                """
                delete from provider_member_group_scope_lookup where provider_user_id in
                    (select provider_user_id from provider_member_lookup where provider_id = ?)""",
                "delete from provider_client_group_lookup where provider_id = ?",
                "delete from provider_member_lookup where provider_id = ?",
                "delete from provider_plan_lookup where provider_id = ?",
                "delete from provider_policy_lookup where provider_id = ?",
                "delete from provider_lookup where provider_id = ?");
    }

    /** How many clients the provider has. */
    int clientCount(UUID providerId) {
        // the organization feature keeps its lookup of clients; read here, never written
        return jdbc.sql("select count(*) from organization_lookup where provider_id = ?")
                .param(providerId)
                .query(Integer.class)
                .single();
    }

    /**
     * The user's type as a confirmed member of the provider if they reach the client: Provider Admins and members
     * not limited to some clients reach all of them.
     */
    Optional<ProviderUserType> confirmedMembershipReaching(UUID providerId, UUID userId, UUID organizationId) {
        return jdbc.sql("""
                        select m.type from provider_member_lookup m
                        where m.provider_id = :provider and m.user_id = :user and m.status = 'CONFIRMED'
                          and (m.type = 'PROVIDER_ADMIN' or m.all_clients
                               or exists (select 1 from provider_member_scope_lookup s
                                          where s.provider_user_id = m.provider_user_id
                                            and s.organization_id = :organization)
                               or exists (select 1 from provider_member_group_scope_lookup g
                                          join provider_client_group_lookup c on c.client_group_id = g.client_group_id
                                          where g.provider_user_id = m.provider_user_id
                                            and c.organization_id = :organization))
                        """)
                .param("provider", providerId)
                .param("user", userId)
                .param("organization", organizationId)
                .query(String.class)
                .optional()
                .map(ProviderUserType::valueOf);
    }

    /** How many of the organizations are clients of the provider. */
    int clientsAmong(UUID providerId, List<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return 0;
        }
        // the organization feature keeps its lookup of clients; read here to check a scope, never written
        return jdbc.sql(
                        "select count(*) from organization_lookup where provider_id = :provider and organization_id in (:ids)")
                .param("provider", providerId)
                .param("ids", organizationIds)
                .query(Integer.class)
                .single();
    }

    @EventHandler
    void on(ProviderSeatMinimumSet event) {
        jdbc.sql("""
                insert into provider_plan_lookup (provider_id, plan, seat_minimum) values (?, ?, ?)
                on conflict (provider_id, plan) do update set seat_minimum = excluded.seat_minimum
                """)
                .params(event.providerId(), event.plan().name(), event.seatMinimum())
                .update();
    }

    int seatMinimum(UUID providerId, PlanType plan) {
        return jdbc.sql("select seat_minimum from provider_plan_lookup where provider_id = ? and plan = ?")
                .params(providerId, plan.name())
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    Optional<ProviderRow> find(UUID providerId) {
        return jdbc.sql("select * from provider_lookup where provider_id = ?")
                .param(providerId)
                .query((rs, i) -> new ProviderRow(
                        rs.getObject("provider_id", UUID.class),
                        rs.getString("type"),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("set_up"),
                        rs.getString("billing_email")))
                .optional();
    }

    /** The type of the user's confirmed membership in the provider, if any. */
    Optional<ProviderUserType> confirmedMembership(UUID providerId, UUID userId) {
        return jdbc.sql("""
                select type from provider_member_lookup
                where provider_id = ? and user_id = ? and status = 'CONFIRMED'
                """)
                .params(providerId, userId)
                .query(String.class)
                .optional()
                .map(ProviderUserType::valueOf);
    }

    /** Whether the user has a membership of any status in the provider. */
    boolean isMember(UUID providerId, UUID userId) {
        return jdbc.sql("select count(*) from provider_member_lookup where provider_id = ? and user_id = ?")
                        .params(providerId, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void insertMember(
            UUID providerUserId, UUID providerId, UUID userId, String email, ProviderUserType type, String status) {
        jdbc.sql("""
                insert into provider_member_lookup (provider_user_id, provider_id, user_id, email, type, status)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(providerUserId, providerId, userId, email, type.name(), status)
                .update();
    }

    private void markSetUp(UUID providerId) {
        jdbc.sql("update provider_lookup set set_up = true where provider_id = ?")
                .param(providerId)
                .update();
    }

    private void setEnabled(UUID providerId, boolean enabled) {
        jdbc.sql("update provider_lookup set enabled = ? where provider_id = ?")
                .params(enabled, providerId)
                .update();
    }
}
