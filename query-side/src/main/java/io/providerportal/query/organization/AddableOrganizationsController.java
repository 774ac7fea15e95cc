package io.providerportal.query.organization;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.query.membership.ProviderReadAccess;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.web.ReadsFrom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a Provider Admin may bring under the provider with "add existing organization" (PO-06): the organizations
 * they own as a confirmed Owner that no provider manages yet.
 */
@RestController
@ReadsFrom({ProjectionNames.ORGANIZATIONS, ProjectionNames.PROVIDER_MEMBERS})
class AddableOrganizationsController {

    record AddableOrganization(UUID id, String name, String plan, int seats, int occupiedSeats) {}

    private final JdbcClient jdbc;
    private final ProviderReadAccess access;

    AddableOrganizationsController(JdbcClient jdbc, ProviderReadAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @GetMapping("/providers/{providerId}/clients/addable")
    Map<String, List<AddableOrganization>> addable(@PathVariable UUID providerId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_CLIENTS);
        return Map.of(
                "data",
                jdbc.sql("""
                                select o.organization_id, o.name, o.plan, o.seats,
                                       (select count(*) from org_member_view s
                                        where s.organization_id = o.organization_id and s.status <> 'REVOKED')
                                           as occupied
                                from org_view o
                                join org_member_view m on m.organization_id = o.organization_id
                                where m.user_id = ? and m.type = 'OWNER' and m.status = 'CONFIRMED'
                                  and o.provider_id is null
                                order by o.name, o.organization_id
                                """)
                        .param(actor.id())
                        .query((rs, i) -> new AddableOrganization(
                                rs.getObject("organization_id", UUID.class),
                                rs.getString("name"),
                                rs.getString("plan"),
                                rs.getInt("seats"),
                                rs.getInt("occupied")))
                        .list());
    }
}
