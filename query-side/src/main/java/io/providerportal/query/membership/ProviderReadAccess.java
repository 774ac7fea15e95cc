package io.providerportal.query.membership;

import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.security.ProviderPolicy;
import java.util.Optional;
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
        ProviderPolicy.check(permission, confirmedType(actor, providerId).orElse(null), actor.isOperator());
    }

    /** Whether the actor is a confirmed member (of either type) of the provider. */
    public boolean isConfirmedMember(Actor actor, UUID providerId) {
        return confirmedType(actor, providerId).isPresent();
    }

    private Optional<ProviderUserType> confirmedType(Actor actor, UUID providerId) {
        return jdbc.sql("""
                select type from provider_member where provider_id = ? and user_id = ? and status = 'CONFIRMED'
                """)
                .params(providerId, actor.id()).query(String.class).optional().map(ProviderUserType::valueOf);
    }
}
