package io.providerportal.query.membership;

import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.security.ProviderPolicy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /**
     * Whether the user has a membership with their account (accepted, confirmed, or revoked: a revoked member may be
     * restored and then need confirming) in a provider whose members the actor manages.
     */
    public boolean managesMembershipOf(Actor actor, UUID userId) {
        return jdbc
                .sql("select provider_id from provider_member where user_id = ?")
                .param(userId)
                .query(UUID.class)
                .list()
                .stream()
                .anyMatch(providerId -> ProviderPolicy.allows(
                        ProviderPermission.MANAGE_MEMBERS,
                        confirmedType(actor, providerId).orElse(null),
                        false));
    }

    /** The user of each of the given members who has accepted and awaits confirmation. */
    public Map<UUID, UUID> acceptedUsers(UUID providerId, Collection<UUID> providerUserIds) {
        return jdbc
                .sql("""
                select provider_user_id, user_id from provider_member
                where provider_id = :provider and provider_user_id in (:ids) and status = 'ACCEPTED'
                """)
                .param("provider", providerId)
                .param("ids", providerUserIds)
                .query((rs, i) ->
                        Map.entry(rs.getObject("provider_user_id", UUID.class), rs.getObject("user_id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The actor's type as a confirmed member of the provider if they reach the client: Provider Admins and
     * members not limited to some clients reach all of them.
     */
    public Optional<ProviderUserType> confirmedTypeReaching(Actor actor, UUID providerId, UUID organizationId) {
        return jdbc.sql("""
                        select m.type from provider_member m
                        where m.provider_id = :provider and m.user_id = :user and m.status = 'CONFIRMED' and %s
                        """.formatted(reaches(":organization")))
                .param("provider", providerId)
                .param("user", actor.id())
                .param("organization", organizationId)
                .query(String.class)
                .optional()
                .map(ProviderUserType::valueOf);
    }

    /**
     * The one condition for every read: the confirmed member {@code m} (a row of {@code provider_member}) reaches the
     * client {@code organization} (an SQL expression): a Provider Admin, a member of all clients, or one whose scope
     * names it or one of its client groups. Its own aliases start with {@code reach_}, so that they hide none of
     * the caller's.
     */
    public static String reaches(String organization) {
        return REACHES.formatted(organization);
    }

    private static final String REACHES = """
            (m.type = 'PROVIDER_ADMIN' or m.all_clients
             or exists (select 1 from provider_member_scope reach_s
                        where reach_s.provider_user_id = m.provider_user_id and reach_s.organization_id = %1$s)
             or exists (select 1 from provider_member_group_scope reach_g
                        join provider_client_group_client reach_c on reach_c.client_group_id = reach_g.client_group_id
                        where reach_g.provider_user_id = m.provider_user_id and reach_c.organization_id = %1$s))""";

    /** The clients the actor is limited to, if they are a confirmed member limited to some; empty if not. */
    public Optional<List<UUID>> scopeOf(Actor actor, UUID providerId) {
        return jdbc.sql("""
                        select m.provider_user_id from provider_member m
                        where m.provider_id = ? and m.user_id = ? and m.status = 'CONFIRMED'
                          and m.type <> 'PROVIDER_ADMIN' and not m.all_clients
                        """)
                .params(providerId, actor.id())
                .query(UUID.class)
                .optional()
                .map(member ->
                        jdbc.sql("""
                                select organization_id from provider_member_scope where provider_user_id = :member
                                union
                                select c.organization_id from provider_member_group_scope g
                                join provider_client_group_client c on c.client_group_id = g.client_group_id
                                where g.provider_user_id = :member
                                """).param("member", member).query(UUID.class).list());
    }

    /** The actor's type as a confirmed member of the provider, if they are one. */
    public Optional<ProviderUserType> confirmedType(Actor actor, UUID providerId) {
        return jdbc.sql("""
                select type from provider_member where provider_id = ? and user_id = ? and status = 'CONFIRMED'
                """)
                .params(providerId, actor.id())
                .query(String.class)
                .optional()
                .map(ProviderUserType::valueOf);
    }
}
