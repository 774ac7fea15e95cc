package io.providerportal.query.organization;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The policies of the organizations a user is a confirmed member of, which clients enforce on their side. */
@Component
public class MemberPolicies {

    /** @param data the settings as canonical JSON, or null; written into a response as JSON, not as a string */
    public record MemberPolicy(
            UUID organizationId,
            String type,
            boolean enabled,
            @JsonRawValue String data) {}

    private final JdbcClient jdbc;

    MemberPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MemberPolicy> of(UUID userId) {
        return jdbc.sql("""
                select p.* from org_policy p join org_member_view m on m.organization_id = p.organization_id
                where m.user_id = ? and m.status = 'CONFIRMED' order by p.organization_id, p.type
                """)
                .param(userId)
                .query((rs, i) -> new MemberPolicy(
                        rs.getObject("organization_id", UUID.class),
                        rs.getString("type"),
                        rs.getBoolean("enabled"),
                        rs.getString("data")))
                .list();
    }
}
