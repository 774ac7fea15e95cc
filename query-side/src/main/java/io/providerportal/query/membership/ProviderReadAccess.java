package io.providerportal.query.membership;

import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.security.ProviderPolicy;
import java.util.Collection;
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

    /** Whether the actor is a confirmed member (of either type) of the provider. */
    public boolean isConfirmedMember(Actor actor, UUID providerId) {
        return confirmedType(actor, providerId).isPresent();
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

    private Optional<ProviderUserType> confirmedType(Actor actor, UUID providerId) {
        return jdbc.sql("""
                select type from provider_member where provider_id = ? and user_id = ? and status = 'CONFIRMED'
                """)
                .params(providerId, actor.id())
                .query(String.class)
                .optional()
                .map(ProviderUserType::valueOf);
    }
}
