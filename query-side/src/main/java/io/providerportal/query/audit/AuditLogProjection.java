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
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
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
@ProcessingGroup(ProjectionNames.AUDIT_LOG)
class AuditLogProjection {

    private final JdbcClient jdbc;
    private final AuditEntries entries;

    AuditLogProjection(JdbcClient jdbc, AuditEntries entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    /** Keeps what stamping needs first, then writes the entry. */
    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        track(event);
        AuditCodes.of(event.getClass()).ifPresent(code -> entries.add(entry(event, code, message, token)));
    }

    /** Where the event stands, when its token says so: a token with gaps may stand past the event that closed one. */
    private static Long ownPosition(TrackingToken token) {
        if (token == null
                || WrappedToken.unwrap(token, GapAwareTrackingToken.class).isPresent()) {
            return null;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }

    private static AuditEntries.Entry entry(
            Object event, AuditCodes.Code code, EventMessage<?> message, TrackingToken token) {
        MetaData metadata = message.getMetaData();
        return new AuditEntries.Entry(
                message.getIdentifier(),
                ownPosition(token),
                code.code(),
                code.name(),
                message.getTimestamp(),
                uuid(metadata.get(EventMetadata.ACTOR_ID)),
                metadata.get(EventMetadata.ACTOR_TYPE),
                metadata.get(EventMetadata.IP_ADDRESS),
                metadata.get(EventMetadata.DEVICE_TYPE),
                event instanceof OrganizationEvent e ? e.organizationId() : null,
                event instanceof ProviderEvent e ? e.providerId() : null,
                component(event, "userId"),
                component(event, "organizationUserId"),
                component(event, "providerUserId"),
                component(event, "groupId"),
                component(event, "collectionId"),
                component(event, "type") instanceof PolicyType policy ? policy.name() : null,
                // a user's own folder and favourite are theirs: they stay out of the item's shared log
                event instanceof UserEvent ? null : component(event, "itemId"));
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
            lookupChange("delete from audit_provider_member where provider_user_id = ?")
                    .param(e.providerUserId())
                    .update();
        } else if (event instanceof OrganizationOwnerAdded e) {
            addOrganizationMember(e.organizationUserId(), e.organizationId(), e.userId());
        } else if (event instanceof OrganizationUserAccepted e) {
            addOrganizationMember(e.organizationUserId(), e.organizationId(), e.userId());
        }
    }

    private void setProvider(UUID organizationId, UUID providerId) {
        lookupChange("""
                insert into audit_organization (organization_id, provider_id) values (?, ?)
                on conflict (organization_id) do update set provider_id = excluded.provider_id
                """).params(organizationId, providerId).update();
    }

    private void addProviderMember(UUID providerUserId, UUID providerId, UUID userId) {
        lookupChange("""
                insert into audit_provider_member (provider_user_id, provider_id, user_id) values (?, ?, ?)
                on conflict (provider_user_id) do nothing
                """).params(providerUserId, providerId, userId).update();
    }

    private void addOrganizationMember(UUID memberId, UUID organizationId, UUID userId) {
        lookupChange("""
                insert into audit_organization_member (organization_user_id, organization_id, user_id) values (?, ?, ?)
                on conflict (organization_user_id) do update set user_id = excluded.user_id
                """).params(memberId, organizationId, userId).update();
    }

    /** A change of the rows entries are stamped from: the entries waiting are written first, stamped as before. */
    private JdbcClient.StatementSpec lookupChange(String sql) {
        entries.flush();
        return jdbc.sql(sql);
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
