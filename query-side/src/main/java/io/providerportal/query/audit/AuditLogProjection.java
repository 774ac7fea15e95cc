package io.providerportal.query.audit;

import io.providerportal.events.EventMetadata;
import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import io.providerportal.events.UserEvent;
import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.OrganizationCreated;
import io.providerportal.events.organization.OrganizationOwnerAdded;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.query.projection.ReadModel;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event log: one entry per event, with its type code, time, actor (and the actor's address and device, where
 * known), tenancy and target ids. An action of a provider member in a client organization is stamped with the
 * provider too, so it shows in both logs (E-02). Entries are keyed by event id, so replays rewrite them exactly.
 */
@Component
@ReadModel(tables = {"audit_entry", "audit_organization", "audit_provider_member", "audit_organization_member"})
@ProcessingGroup(AuditLogProjection.NAME)
class AuditLogProjection {

    static final String NAME = "audit-log";

    private final JdbcClient jdbc;

    AuditLogProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps what stamping needs first, then writes the entry. */
    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        track(event);
        AuditCodes.of(event.getClass()).ifPresent(code -> write(event, code, message, token));
    }

    private void write(Object event, AuditCodes.Code code, EventMessage<?> message, TrackingToken token) {
        MetaData metadata = message.getMetaData();
        UUID actor = uuid(metadata.get(EventMetadata.ACTOR_ID));
        UUID organizationId = event instanceof OrganizationEvent e ? e.organizationId() : null;
        UUID providerId = event instanceof ProviderEvent e
                ? e.providerId()
                : providerActingIn(organizationId, actor).orElse(null);
        Object deviceType = metadata.get(EventMetadata.DEVICE_TYPE);
        jdbc.sql("""
                insert into audit_entry (event_id, position, code, name, occurred_at, acting_user_id, actor_type,
                                         ip_address, device_type, organization_id, provider_id, user_id,
                                         organization_user_id, provider_user_id, group_id, collection_id, policy_type,
                                         item_id)
                values (:eventId,
                        -- the event's own place in the store: a tracking token that has just closed a gap stands
                        -- at a later position than the event that closed it
                        coalesce((select global_index from domain_event_entry where event_identifier = :eventId),
                                 :position),
                        :code, :name, :at, :actor, :actorType, :ip, :device, :organization,
                        :provider, :user, :organizationUser, :providerUser, :group, :collection, :policy, :item)
                on conflict (event_id) do nothing
                """)
                .param("eventId", message.getIdentifier())
                .param("position", token == null ? -1 : token.position().orElse(-1))
                .param("code", code.code())
                .param("name", code.name())
                .param("at", Timestamp.from(message.getTimestamp()))
                .param("actor", actor)
                .param("actorType", metadata.get(EventMetadata.ACTOR_TYPE))
                .param("ip", metadata.get(EventMetadata.IP_ADDRESS))
                .param("device", deviceType == null ? null : Integer.valueOf(deviceType.toString()))
                .param("organization", organizationId)
                .param("provider", providerId)
                .param("user", component(event, "userId"))
                .param("organizationUser", component(event, "organizationUserId"))
                .param("providerUser", component(event, "providerUserId"))
                .param("group", component(event, "groupId"))
                .param("collection", component(event, "collectionId"))
                .param("policy", component(event, "type") instanceof PolicyType policy ? policy.name() : null)
                // a user's own folder and favourite are theirs: they stay out of the item's shared log
                .param("item", event instanceof UserEvent ? null : component(event, "itemId"))
                .update();
    }

    /** The provider of the organization, if the actor is one of its confirmed members acting there. */
    private Optional<UUID> providerActingIn(UUID organizationId, UUID actor) {
        if (organizationId == null || actor == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select distinct o.provider_id from audit_organization o
                join audit_provider_member m on m.provider_id = o.provider_id and m.user_id = ?
                where o.organization_id = ?
                """).params(actor, organizationId).query(UUID.class).optional();
    }

    private void track(Object event) {
        if (event instanceof ClientOrganizationCreated e) {
            setProvider(e.organizationId(), e.providerId());
        } else if (event instanceof OrganizationCreated e) {
            setProvider(e.organizationId(), null);
        } else if (event instanceof ClientOrganizationAdded e) {
            setProvider(e.organizationId(), e.providerId());
        } else if (event instanceof ClientOrganizationUnlinked e) {
            setProvider(e.organizationId(), null);
        } else if (event instanceof ProviderUserAdded e) {
            addProviderMember(e.providerUserId(), e.providerId(), e.userId());
        } else if (event instanceof ProviderUserConfirmed e) {
            addProviderMember(e.providerUserId(), e.providerId(), e.userId());
        } else if (event instanceof ProviderSetUp e) {
            addProviderMember(e.providerUserId(), e.providerId(), e.userId());
        } else if (event instanceof ProviderUserRemoved e) {
            jdbc.sql("delete from audit_provider_member where provider_user_id = ?")
                    .param(e.providerUserId())
                    .update();
        } else if (event instanceof OrganizationOwnerAdded e) {
            addOrganizationMember(e.organizationUserId(), e.organizationId(), e.userId());
        } else if (event instanceof OrganizationUserAccepted e) {
            addOrganizationMember(e.organizationUserId(), e.organizationId(), e.userId());
        }
    }

    private void setProvider(UUID organizationId, UUID providerId) {
        jdbc.sql("""
                insert into audit_organization (organization_id, provider_id) values (?, ?)
                on conflict (organization_id) do update set provider_id = excluded.provider_id
                """).params(organizationId, providerId).update();
    }

    private void addProviderMember(UUID providerUserId, UUID providerId, UUID userId) {
        jdbc.sql("""
                insert into audit_provider_member (provider_user_id, provider_id, user_id) values (?, ?, ?)
                on conflict (provider_user_id) do nothing
                """).params(providerUserId, providerId, userId).update();
    }

    private void addOrganizationMember(UUID memberId, UUID organizationId, UUID userId) {
        jdbc.sql("""
                insert into audit_organization_member (organization_user_id, organization_id, user_id) values (?, ?, ?)
                on conflict (organization_user_id) do update set user_id = excluded.user_id
                """).params(memberId, organizationId, userId).update();
    }

    private static Object component(Object event, String name) {
        if (!event.getClass().isRecord()) {
            return null;
        }
        return Arrays.stream(event.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .map(c -> read(c, event))
                .orElse(null);
    }

    private static Object read(RecordComponent component, Object event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }
}
