package io.providerportal.query.dashboard;

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

    /** In one query, however many providers. */
    public List<ClientKey> of(Collection<UUID> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select organization_id, provider_id, name, plan, status, key from dashboard_client
                where provider_id in (:providers) order by sort_name, organization_id
                """)
                .param("providers", providerIds)
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
