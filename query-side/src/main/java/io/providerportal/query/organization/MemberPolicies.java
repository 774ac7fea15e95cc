package io.providerportal.query.organization;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.policy.PolicySettings;
import io.providerportal.platform.policy.PolicyState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The policies organizations live under: their own, and for a client its provider's defaults, combined setting by
 * setting into the stricter. Clients enforce on their side what the server cannot.
 */
@Component
public class MemberPolicies {

    /** @param data the settings as canonical JSON, or null; written into a response as JSON, not as a string */
    public record MemberPolicy(
            UUID organizationId,
            String type,
            boolean enabled,
            @JsonRawValue String data) {}

    /** One policy as set by one side. */
    public record PolicySide(boolean enabled, @JsonRawValue String data) {}

    /**
     * The policy in force ({@code enabled}, {@code data}), whose it is ({@code OWN}, {@code PROVIDER} or
     * {@code COMBINED}), and each side as set ({@code provider} null for an organization without a provider default).
     */
    public record EffectivePolicy(
            String type,
            boolean enabled,
            @JsonRawValue String data,
            String source,
            PolicySide own,
            PolicySide provider) {}

    private record Row(UUID organizationId, PolicyType type, PolicyState own, PolicyState provider) {

        PolicyState effective() {
            return PolicySettings.combine(type, PolicyState.orOff(own), PolicyState.orOff(provider));
        }

        String source() {
            boolean ownOn = own != null && own.enabled();
            boolean providerOn = provider != null && provider.enabled();
            return ownOn && providerOn ? "COMBINED" : providerOn ? "PROVIDER" : "OWN";
        }
    }

    private static final String ROWS = """
            select k.organization_id, k.type, o.enabled as own_enabled, o.data as own_data,
                   p.enabled as provider_enabled, p.data as provider_data
            from (select organization_id, type from org_policy where organization_id in (%1$s)
                  union
                  select organization_id, type from org_provider_policy where organization_id in (%1$s)) k
            left join org_policy o on o.organization_id = k.organization_id and o.type = k.type
            left join org_provider_policy p on p.organization_id = k.organization_id and p.type = k.type
            order by k.organization_id, k.type
            """;

    private final JdbcClient jdbc;

    MemberPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The policies in force in every organization the user is a confirmed member of. */
    public List<MemberPolicy> of(UUID userId) {
        return rows("select organization_id from org_member_view where user_id = :id and status = 'CONFIRMED'", userId)
                .stream()
                .map(row -> {
                    PolicyState effective = row.effective();
                    return new MemberPolicy(
                            row.organizationId(), row.type().name(), effective.enabled(), effective.data());
                })
                .toList();
    }

    /** Every policy of the organization that either side has set. */
    List<EffectivePolicy> ofOrganization(UUID organizationId) {
        return rows(":id", organizationId).stream().map(MemberPolicies::view).toList();
    }

    /** One policy of the organization; never set by either side, it reads as off. */
    EffectivePolicy ofOrganization(UUID organizationId, PolicyType type) {
        return ofOrganization(organizationId).stream()
                .filter(policy -> policy.type().equals(type.name()))
                .findFirst()
                .orElse(new EffectivePolicy(type.name(), false, null, "OWN", new PolicySide(false, null), null));
    }

    private List<Row> rows(String organizations, UUID id) {
        return jdbc.sql(ROWS.formatted(organizations))
                .paramSource(Map.of("id", id))
                .query((rs, i) -> new Row(
                        rs.getObject("organization_id", UUID.class),
                        PolicyType.valueOf(rs.getString("type")),
                        side(rs, "own"),
                        side(rs, "provider")))
                .list();
    }

    private static PolicyState side(ResultSet rs, String prefix) throws SQLException {
        boolean enabled = rs.getBoolean(prefix + "_enabled");
        return rs.wasNull() ? null : new PolicyState(enabled, rs.getString(prefix + "_data"));
    }

    private static EffectivePolicy view(Row row) {
        PolicyState effective = row.effective();
        return new EffectivePolicy(
                row.type().name(),
                effective.enabled(),
                effective.data(),
                row.source(),
                row.own() == null
                        ? new PolicySide(false, null)
                        : new PolicySide(row.own().enabled(), row.own().data()),
                row.provider() == null
                        ? null
                        : new PolicySide(
                                row.provider().enabled(), row.provider().data()));
    }
}
