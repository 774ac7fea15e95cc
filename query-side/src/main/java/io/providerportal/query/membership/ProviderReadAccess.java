package io.providerportal.query.membership;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read a provider's data, from the membership read model. Anyone without a confirmed membership gets the
 * same 404 as for a provider that does not exist, so provider ids leak nothing across tenants.
 */
@Component
public class ProviderReadAccess {

    private final JdbcClient jdbc;

    ProviderReadAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An operator, or a confirmed member (of either type) of the provider. */
    public void requireMember(Actor actor, UUID providerId) {
        if (actor.isOperator()) {
            return;
        }
        boolean member = jdbc.sql("""
                select exists (select 1 from provider_member
                               where provider_id = ? and user_id = ? and status = 'CONFIRMED')
                """)
                .params(providerId, actor.id()).query(Boolean.class).single();
        if (!member) {
            throw new NotFoundException("provider.not-found", "No such provider.");
        }
    }
}
