package io.providerportal.query.organization;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An organization's members as other surfaces list them (Bitwarden's {@code org-members}); access is the caller's. */
@Component
public class OrganizationMembers {

    /** {@code type} and {@code status} by their names ({@code OWNER}, {@code CONFIRMED}, …). */
    public record Member(UUID id, UUID userId, String email, String name, String type, String status) {}

    private final JdbcClient jdbc;

    OrganizationMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every member, by email; or only the one {@code memberId} names, when it is not null. */
    public List<Member> of(UUID organizationId, UUID memberId) {
        return jdbc.sql("""
                select m.organization_user_id, m.user_id, m.email, n.name, m.type, m.status
                from org_member_view m left join org_user_name n on n.user_id = m.user_id
                where m.organization_id = :organization
                  and (cast(:member as uuid) is null or m.organization_user_id = :member)
                order by m.email
                """)
                .param("organization", organizationId)
                .param("member", memberId)
                .query((rs, i) -> new Member(
                        rs.getObject("organization_user_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("status")))
                .list();
    }
}
