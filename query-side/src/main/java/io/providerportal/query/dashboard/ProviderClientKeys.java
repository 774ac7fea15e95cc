package io.providerportal.query.dashboard;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every client of a provider with its key under the provider key: what a provider member's client opens. */
@Component
public class ProviderClientKeys {

    /** @param key the organization key wrapped with the provider key (EncString type 2) */
    public record ClientKey(UUID organizationId, String name, String plan, String status, String key) {
    }

    private final JdbcClient jdbc;

    ProviderClientKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ClientKey> of(UUID providerId) {
        return jdbc.sql("""
                select organization_id, name, plan, status, key from dashboard_client
                where provider_id = ? order by sort_name, organization_id
                """)
                .param(providerId)
                .query((rs, i) -> new ClientKey(rs.getObject("organization_id", UUID.class), rs.getString("name"),
                        rs.getString("plan"), rs.getString("status"), rs.getString("key")))
                .list();
    }
}
