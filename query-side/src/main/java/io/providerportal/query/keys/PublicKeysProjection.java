package io.providerportal.query.keys;

import io.providerportal.events.identity.UserRegistered;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model of every account's public key, as its client registered it. */
@Component
@ReadModel(tables = {"user_public_key"})
@ProcessingGroup(ProjectionNames.PUBLIC_KEYS)
class PublicKeysProjection {

    private final JdbcClient jdbc;

    PublicKeysProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserRegistered event) {
        jdbc.sql("insert into user_public_key (user_id, public_key) values (?, ?) on conflict (user_id) do nothing")
                .params(event.userId(), event.publicKey())
                .update();
    }
}
