package io.providerportal.query.bitwarden;

import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.organization.OrganizationOwnerAdded;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserStatus;
import io.providerportal.events.provider.ProviderDeleted;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.platform.persistence.TenantRows;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The memberships that decide whose revision date a change of an organization or a provider moves, kept from the
 * events by {@link SyncRevisionsProjection} in its own tables: a confirmed, not revoked membership, and the provider
 * of each client.
 */
@Component
class SyncScopes {

    private final JdbcClient jdbc;

    SyncScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the memberships up to date with the event, if it changes one. */
    void apply(Object event) {
        if (event instanceof OrganizationOwnerAdded e) {
            join(e.userId(), e.organizationId());
        } else if (event instanceof OrganizationUserConfirmed e) {
            join(e.userId(), e.organizationId());
        } else if (event instanceof OrganizationUserRevoked e) {
            activate(e.organizationUserId(), e.organizationId(), false);
        } else if (event instanceof OrganizationUserRestored e) {
            activate(e.organizationUserId(), e.organizationId(), e.status() == OrganizationUserStatus.CONFIRMED);
        } else if (event instanceof OrganizationUserRemoved e) {
            leave(e.organizationUserId(), e.organizationId());
        } else if (event instanceof ProviderUserAdded e) {
            join(e.userId(), e.providerId());
        } else if (event instanceof ProviderSetUp e) {
            join(e.userId(), e.providerId());
        } else if (event instanceof ProviderUserConfirmed e) {
            join(e.userId(), e.providerId());
        } else if (event instanceof ProviderUserRemoved e) {
            leave(e.providerUserId(), e.providerId());
        } else if (event instanceof ClientOrganizationCreated e) {
            manage(e.organizationId(), e.providerId());
        } else if (event instanceof ClientOrganizationAdded e) {
            manage(e.organizationId(), e.providerId());
        } else if (event instanceof ClientOrganizationUnlinked e) {
            jdbc.sql("delete from bitwarden_client where organization_id = ?")
                    .param(e.organizationId())
                    .update();
        } else if (event instanceof OrganizationDeleted e) {
            TenantRows.delete(
                    jdbc,
                    e.organizationId(),
                    "delete from bitwarden_member where scope_id = ?",
                    "delete from bitwarden_client where organization_id = ?");
        } else if (event instanceof ProviderDeleted e) {
            TenantRows.delete(jdbc, e.providerId(), "delete from bitwarden_member where scope_id = ?");
        }
    }

    /** The users whose organization or provider the event deletes: their own revision must move. */
    List<UUID> losingMembers(Object event) {
        UUID deleted = event instanceof OrganizationDeleted e
                ? e.organizationId()
                : event instanceof ProviderDeleted e ? e.providerId() : null;
        if (deleted == null) {
            return List.of();
        }
        return jdbc.sql("select user_id from bitwarden_member where scope_id = ?")
                .param(deleted)
                .query(UUID.class)
                .list();
    }

    private void join(UUID userId, UUID scopeId) {
        jdbc.sql("""
                insert into bitwarden_member (user_id, scope_id, active) values (?, ?, true)
                on conflict (user_id, scope_id) do update set active = true
                """).params(userId, scopeId).update();
    }

    /** A membership named by its own id: its user is the one {@link SyncRevisionsProjection} remembered for it. */
    private void activate(UUID membershipId, UUID scopeId, boolean active) {
        jdbc.sql("""
                update bitwarden_member set active = ?
                where scope_id = ? and user_id = (select user_id from bitwarden_owner where entity_id = ?)
                """).params(active, scopeId, membershipId).update();
    }

    private void leave(UUID membershipId, UUID scopeId) {
        jdbc.sql("""
                delete from bitwarden_member
                where scope_id = ? and user_id = (select user_id from bitwarden_owner where entity_id = ?)
                """).params(scopeId, membershipId).update();
    }

    private void manage(UUID organizationId, UUID providerId) {
        jdbc.sql("""
                insert into bitwarden_client (organization_id, provider_id) values (?, ?)
                on conflict (organization_id) do update set provider_id = excluded.provider_id
                """).params(organizationId, providerId).update();
    }
}
