package io.providerportal.command.organization;

import io.providerportal.events.organization.ClientOrganizationCreated;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Command-side lookup of which organizations are clients of which provider (subscribing, same transaction). */
@Component
@ProcessingGroup("client-lookup")
class ClientLookup {

    private final JdbcClient jdbc;

    ClientLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClientOrganizationCreated event) {
        jdbc.sql("insert into client_lookup (organization_id, provider_id) values (?, ?)")
                .params(event.organizationId(), event.providerId()).update();
    }

    List<UUID> clientsOf(UUID providerId) {
        return jdbc.sql("select organization_id from client_lookup where provider_id = ? order by organization_id")
                .param(providerId).query(UUID.class).list();
    }
}
