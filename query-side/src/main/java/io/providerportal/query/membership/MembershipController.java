package io.providerportal.query.membership;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.query.membership.MembershipViews.ClientGroupView;
import io.providerportal.query.membership.MembershipViews.MyProviderView;
import io.providerportal.query.membership.MembershipViews.ProviderUserView;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.web.ReadsFrom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A provider's member list (Provider Admins) and the providers of the current user. */
@RestController
@ReadsFrom(ProjectionNames.PROVIDER_MEMBERS)
class MembershipController {

    private final JdbcClient jdbc;
    private final ProviderReadAccess access;
    private final MyProviders providers;

    MembershipController(JdbcClient jdbc, ProviderReadAccess access, MyProviders providers) {
        this.jdbc = jdbc;
        this.access = access;
        this.providers = providers;
    }

    @GetMapping("/providers/{providerId}/users")
    Map<String, List<ProviderUserView>> members(@PathVariable UUID providerId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        List<ProviderUserView> members = jdbc.sql("""
                select m.provider_user_id, m.user_id, m.email, u.name, m.type, m.status
                from provider_member m left join membership_user u on u.user_id = m.user_id
                where m.provider_id = ? order by m.email
                """)
                .param(providerId)
                .query((rs, i) -> new ProviderUserView(
                        rs.getObject("provider_user_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("status")))
                .list();
        return Map.of("data", members);
    }

    /** Every provider the user has a membership in, confirmed or not, with their role there. */
    @GetMapping("/providers")
    Map<String, List<MyProviderView>> myProviders(Actor actor) {
        return Map.of("data", providers.of(actor.id()));
    }

    /** The provider's client groups, for Provider Admins who scope members by them. */
    @GetMapping("/providers/{providerId}/client-groups")
    Map<String, List<ClientGroupView>> clientGroups(@PathVariable UUID providerId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        List<ClientGroupView> groups = jdbc.sql("""
                select g.client_group_id, g.name,
                       array(select c.organization_id from provider_client_group_client c
                             where c.client_group_id = g.client_group_id order by c.organization_id) as clients
                from provider_client_group g where g.provider_id = ? order by g.name, g.client_group_id
                """)
                .param(providerId)
                .query((rs, i) -> new ClientGroupView(
                        rs.getObject("client_group_id", UUID.class), rs.getString("name"), List.of((UUID[])
                                rs.getArray("clients").getArray())))
                .list();
        return Map.of("data", groups);
    }
}
