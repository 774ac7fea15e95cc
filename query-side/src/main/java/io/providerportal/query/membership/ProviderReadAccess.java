package io.providerportal.query.membership;

import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.security.ProviderPolicy;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The query side's one authorization check for reads of or through a provider: the actor's confirmed membership
 * comes from the membership read model, the decision from {@link ProviderPolicy}.
 */
@Component
public class ProviderReadAccess {

    private final JdbcClient jdbc;

    ProviderReadAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void require(Actor actor, UUID providerId, ProviderPermission permission) {
        ProviderUserType type = jdbc.sql("""
                select type from provider_member where provider_id = ? and user_id = ? and status = 'CONFIRMED'
                """)
                .params(providerId, actor.id()).query(String.class).optional()
                .map(ProviderUserType::valueOf).orElse(null);
        ProviderPolicy.check(permission, type, actor.isOperator());
    }
}
