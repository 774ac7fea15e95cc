package io.providerportal.query.vault;

import io.providerportal.events.organization.ClientVaultAccessed;
import io.providerportal.platform.axon.ActorMetadataInterceptor;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records that a provider member opened a client's vault (PO-13), with the actor of the request. */
@Component
class VaultAccessLog {

    private final EventGateway events;
    private final JdbcClient jdbc;

    VaultAccessLog(EventGateway events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public void providerOpened(UUID organizationId) {
        UUID providerId = jdbc.sql("select provider_id from org_view where organization_id = ?")
                .param(organizationId)
                .query(UUID.class)
                .single();
        events.publish(GenericEventMessage.asEventMessage(new ClientVaultAccessed(organizationId, providerId))
                .andMetaData(ActorMetadataInterceptor.ofCurrentRequest()));
    }
}
