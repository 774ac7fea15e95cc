package io.providerportal.query.membership;

import io.providerportal.query.membership.MembershipViews.MyProviderView;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The providers a user has a membership in, for this API and Bitwarden's sync. */
@Component
public class MyProviders {

    private final JdbcClient jdbc;

    MyProviders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Confirmed or not, with the user's role and, once confirmed, their copy of the provider key. */
    public List<MyProviderView> of(UUID userId) {
        return jdbc.sql("""
                select p.provider_id, p.name, p.type, p.enabled, p.set_up, m.provider_user_id, m.type as role,
                       m.status, m.key
                from provider_member m join membership_provider p on p.provider_id = m.provider_id
                where m.user_id = ? order by p.name, p.provider_id
                """)
                .param(userId)
                .query((rs, i) -> new MyProviderView(
                        rs.getObject("provider_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("set_up"),
                        rs.getObject("provider_user_id", UUID.class),
                        rs.getString("role"),
                        rs.getString("status"),
                        rs.getString("key")))
                .list();
    }
}
