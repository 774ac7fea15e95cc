package io.providerportal.command.organization;

import io.providerportal.command.organization.OrganizationCommands.Membership;
import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.ClientOrganizationUpdated;
import io.providerportal.events.organization.CollectionManagementUpdated;
import io.providerportal.events.organization.CustomPermission;
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
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.OrganizationUserTypeChanged;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyUpdated;
import io.providerportal.events.organization.ProviderPolicyApplied;
import io.providerportal.platform.persistence.TenantRows;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Command-side lookup of organizations (with their provider) and their members, written in the same transaction
 * as the events (subscribing processor), for authorization and cascades.
 */
@Component
@ProcessingGroup("organization-lookup")
class OrganizationLookup {

    /** A confirmed member's standing, as authorization needs it. */
    record ConfirmedMember(OrganizationUserType type, Set<CustomPermission> permissions) {}

    private final JdbcClient jdbc;

    OrganizationLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClientOrganizationCreated event) {
        jdbc.sql("insert into organization_lookup (organization_id, provider_id, plan, seats) values (?, ?, ?, ?)")
                .params(event.organizationId(), event.providerId(), event.plan().name(), event.seats())
                .update();
    }

    @EventHandler
    void on(OrganizationCreated event) {
        jdbc.sql("insert into organization_lookup (organization_id, provider_id, plan, seats) values (?, null, ?, ?)")
                .params(event.organizationId(), event.plan().name(), event.seats())
                .update();
    }

    @EventHandler
    void on(ClientOrganizationAdded event) {
        jdbc.sql("update organization_lookup set provider_id = ? where organization_id = ?")
                .params(event.providerId(), event.organizationId())
                .update();
    }

    @EventHandler
    void on(ClientOrganizationUpdated event) {
        jdbc.sql("update organization_lookup set seats = ? where organization_id = ?")
                .params(event.seats(), event.organizationId())
                .update();
    }

    @EventHandler
    void on(ClientOrganizationUnlinked event) {
        jdbc.sql("update organization_policy_lookup set provider_enabled = false where organization_id = ?")
                .param(event.organizationId())
                .update();
        jdbc.sql("update organization_lookup set provider_id = null where organization_id = ?")
                .param(event.organizationId())
                .update();
    }

    /**
     * A deleted organization leaves every lookup of this feature, its collections' and groups' too; one handler, as
     * the rows are found through one another.
     */
    @EventHandler
    void on(OrganizationDeleted event) {
        TenantRows.delete(
                jdbc,
                event.organizationId(),
                """
                delete from group_member_lookup where organization_user_id in
                    (select organization_user_id from organization_member_lookup where organization_id = ?)""",
                """
                delete from collection_member_access_lookup where collection_id in
                    (select collection_id from collection_lookup where organization_id = ?)""",
                """
                delete from collection_group_access_lookup where collection_id in
                    (select collection_id from collection_lookup where organization_id = ?)""",
                "delete from collection_lookup where organization_id = ?",
                "delete from organization_member_lookup where organization_id = ?",
                "delete from organization_policy_lookup where organization_id = ?",
                "delete from organization_lookup where organization_id = ?");
    }

    @EventHandler
    void on(OrganizationDisabled event) {
        jdbc.sql("update organization_lookup set enabled = false where organization_id = ?")
                .param(event.organizationId())
                .update();
    }

    @EventHandler
    void on(OrganizationEnabled event) {
        jdbc.sql("update organization_lookup set enabled = true where organization_id = ?")
                .param(event.organizationId())
                .update();
    }

    @EventHandler
    void on(CollectionManagementUpdated event) {
        jdbc.sql("update organization_lookup set allow_admin_access = ? where organization_id = ?")
                .params(event.allowAdminAccessToAllCollectionItems(), event.organizationId())
                .update();
    }

    @EventHandler
    void on(OrganizationUserInvited event) {
        insertMember(event.organizationUserId(), event.organizationId(), null, event.email(), event.type(), "INVITED");
    }

    @EventHandler
    void on(OrganizationOwnerAdded event) {
        insertMember(
                event.organizationUserId(),
                event.organizationId(),
                event.userId(),
                event.email(),
                OrganizationUserType.OWNER,
                "CONFIRMED");
    }

    @EventHandler
    void on(OrganizationUserAccepted event) {
        jdbc.sql(
                        "update organization_member_lookup set user_id = ?, status = 'ACCEPTED' where organization_user_id = ?")
                .params(event.userId(), event.organizationUserId())
                .update();
    }

    @EventHandler
    void on(OrganizationUserConfirmed event) {
        setStatus(event.organizationUserId(), "CONFIRMED");
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
        jdbc.sql("update organization_member_lookup set type = ? where organization_user_id = ?")
                .params(event.type().name(), event.organizationUserId())
                .update();
    }

    @EventHandler
    void on(OrganizationUserPermissionsSet event) {
        String permissions = event.permissions().stream().map(Enum::name).collect(Collectors.joining(","));
        jdbc.sql("update organization_member_lookup set permissions = ? where organization_user_id = ?")
                .params(permissions, event.organizationUserId())
                .update();
    }

    @EventHandler
    void on(OrganizationUserRemoved event) {
        jdbc.sql("delete from organization_member_lookup where organization_user_id = ?")
                .param(event.organizationUserId())
                .update();
    }

    @EventHandler
    void on(PolicyUpdated event) {
        jdbc.sql("""
                        insert into organization_policy_lookup (organization_id, type, enabled, data) values (?, ?, ?, ?)
                        on conflict (organization_id, type) do update set enabled = excluded.enabled, data = excluded.data
                        """)
                .params(event.organizationId(), event.type().name(), event.enabled(), event.data())
                .update();
    }

    @EventHandler
    void on(ProviderPolicyApplied event) {
        jdbc.sql("""
                        insert into organization_policy_lookup (organization_id, type, enabled, provider_enabled)
                        values (?, ?, false, ?)
                        on conflict (organization_id, type) do update set provider_enabled = excluded.provider_enabled
                        """)
                .params(event.organizationId(), event.type().name(), event.enabled())
                .update();
    }

    /** The user's accepted and confirmed memberships of organizations other than {@code except}. */
    List<Membership> memberships(UUID userId, UUID except) {
        return jdbc.sql("""
                        select m.organization_id, m.type,
                               coalesce(p.enabled or p.provider_enabled, false) as single_organization
                        from organization_member_lookup m
                        left join organization_policy_lookup p
                               on p.organization_id = m.organization_id and p.type = 'SINGLE_ORG'
                        where m.user_id = ? and m.organization_id <> ? and m.status in ('ACCEPTED', 'CONFIRMED')
                        order by m.organization_id
                        """)
                .params(userId, except)
                .query((rs, i) -> new Membership(
                        rs.getObject("organization_id", UUID.class),
                        OrganizationUserType.valueOf(rs.getString("type")),
                        rs.getBoolean("single_organization")))
                .list();
    }

    /** The user a member stands for, once they accepted. */
    Optional<UUID> userOf(UUID organizationUserId) {
        return jdbc.sql("select user_id from organization_member_lookup where organization_user_id = ?")
                .param(organizationUserId)
                .query((rs, i) -> Optional.ofNullable(rs.getObject("user_id", UUID.class)))
                .optional()
                .flatMap(user -> user);
    }

    /** An organization as authorization needs it: the provider that manages it, if any, and whether it is on. */
    record OrganizationRow(Optional<UUID> providerId, boolean enabled) {}

    Optional<OrganizationRow> find(UUID organizationId) {
        return jdbc.sql("select provider_id, enabled from organization_lookup where organization_id = ?")
                .param(organizationId)
                .query((rs, i) -> new OrganizationRow(
                        Optional.ofNullable(rs.getObject("provider_id", UUID.class)), rs.getBoolean("enabled")))
                .optional();
    }

    Optional<ConfirmedMember> confirmedMember(UUID organizationId, UUID userId) {
        return jdbc.sql("""
                select type, permissions from organization_member_lookup
                where organization_id = ? and user_id = ? and status = 'CONFIRMED'
                """)
                .params(organizationId, userId)
                .query((rs, i) -> new ConfirmedMember(
                        OrganizationUserType.valueOf(rs.getString("type")), permissions(rs.getString("permissions"))))
                .optional();
    }

    /** A client of the provider, with its plan and seats. */
    record Client(UUID organizationId, PlanType plan, int seats) {}

    Optional<Client> client(UUID providerId, UUID organizationId) {
        return jdbc.sql("select * from organization_lookup where provider_id = ? and organization_id = ?")
                .params(providerId, organizationId)
                .query((rs, i) ->
                        new Client(organizationId, PlanType.valueOf(rs.getString("plan")), rs.getInt("seats")))
                .optional();
    }

    /**
     * Serializes the seat-pool decisions of one provider until the caller's transaction ends, so that two resizes
     * cannot both pass the check against the same allocated sum.
     */
    void lockSeatPool(UUID providerId) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(providerId.getMostSignificantBits() ^ providerId.getLeastSignificantBits())
                .query((rs, i) -> 1)
                .list();
    }

    /** The seats the provider's clients on the plan hold in all. */
    int allocatedSeats(UUID providerId, PlanType plan) {
        return jdbc.sql("select coalesce(sum(seats), 0) from organization_lookup where provider_id = ? and plan = ?")
                .params(providerId, plan.name())
                .query(Integer.class)
                .single();
    }

    List<UUID> clientsOf(UUID providerId) {
        return jdbc.sql(
                        "select organization_id from organization_lookup where provider_id = ? order by organization_id")
                .param(providerId)
                .query(UUID.class)
                .list();
    }

    private void insertMember(
            UUID memberId, UUID organizationId, UUID userId, String email, OrganizationUserType type, String status) {
        jdbc.sql("""
                insert into organization_member_lookup (organization_user_id, organization_id, user_id, email, type,
                                                        status)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(memberId, organizationId, userId, email, type.name(), status)
                .update();
    }

    private void setStatus(UUID memberId, String status) {
        jdbc.sql("update organization_member_lookup set status = ? where organization_user_id = ?")
                .params(status, memberId)
                .update();
    }

    static Set<CustomPermission> permissions(String stored) {
        return stored.isEmpty()
                ? Set.of()
                : Arrays.stream(stored.split(","))
                        .map(CustomPermission::valueOf)
                        .collect(Collectors.toSet());
    }
}
