package io.providerportal.query.membership;

import io.providerportal.events.provider.ProviderUserAdded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model of provider members: who belongs to which provider, in which role and status. */
@Component
@ProcessingGroup(ProviderMembersProjection.NAME)
class ProviderMembersProjection {

    static final String NAME = "provider-members";

    private final JdbcClient jdbc;

    ProviderMembersProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProviderUserAdded event) {
        jdbc.sql("""
                insert into provider_member (provider_user_id, provider_id, user_id, email, type, status)
                values (?, ?, ?, ?, ?, 'CONFIRMED')
                on conflict (provider_user_id) do update
                set user_id = excluded.user_id, email = excluded.email, type = excluded.type, status = excluded.status
                """)
                .params(event.providerUserId(), event.providerId(), event.userId(), event.email(),
                        event.type().name())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("truncate provider_member").update();
    }
}
