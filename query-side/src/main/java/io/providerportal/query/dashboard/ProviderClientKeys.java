package io.providerportal.query.dashboard;

import io.providerportal.query.membership.ProviderReadAccess;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every client of the providers with its key under its provider's key: what a provider member's client opens. */
@Component
public class ProviderClientKeys {

    /** @param key the organization key wrapped with the provider key (EncString type 2) */
    public record ClientKey(
            UUID organizationId, UUID providerId, String name, String plan, String status, String key) {}

    private final JdbcClient jdbc;

    ProviderClientKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In one query, however many providers: the clients the user reaches as a confirmed member of each (all of them,
     * unless they are limited to some, R-03).
     */
    public List<ClientKey> of(Collection<UUID> providerIds, UUID userId) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.organization_id, c.provider_id, c.name, c.plan, c.status, c.key from dashboard_client c
                        join provider_member m on m.provider_id = c.provider_id and m.user_id = :user
                                              and m.status = 'CONFIRMED'
                        where c.provider_id in (:providers) and %s
                        order by c.sort_name, c.organization_id
                        """.formatted(ProviderReadAccess.reaches("c.organization_id")))
                .param("providers", providerIds)
                .param("user", userId)
                .query((rs, i) -> new ClientKey(
                        rs.getObject("organization_id", UUID.class),
                        rs.getObject("provider_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("plan"),
                        rs.getString("status"),
                        rs.getString("key")))
                .list();
    }
}
