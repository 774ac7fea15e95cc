package io.providerportal.command.organization;

import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.security.OrganizationPolicy;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether an organization's policy binds a user, for the rules other features enforce (their personal vault). */
@Component
public class BindingPolicies {

    private final JdbcClient jdbc;

    BindingPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The policy is on in an organization the user has accepted or confirmed, and binds them there. */
    public boolean binds(UUID userId, PolicyType policy) {
        return jdbc
                .sql("""
                        select m.type from organization_member_lookup m
                        join organization_policy_lookup p on p.organization_id = m.organization_id
                        where m.user_id = ? and m.status in ('ACCEPTED', 'CONFIRMED') and p.type = ?
                          and (p.enabled or p.provider_enabled)
                        """)
                .params(userId, policy.name())
                .query((rs, i) -> OrganizationUserType.valueOf(rs.getString("type")))
                .list()
                .stream()
                .anyMatch(OrganizationPolicy::boundByEnforcedPolicies);
    }
}
