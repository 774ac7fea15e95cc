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
import io.providerportal.events.organization.PolicyUpdated;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.query.projection.IsolatedFailures;
import io.providerportal.query.projection.ReadModel;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event log: one entry per event, with its type code, time, actor (and the actor's address and device, where
 * known), tenancy and target ids. An action of a provider member in a client organization is stamped with the
 * provider too, so it shows in both logs (E-02). Entries are keyed by event id, so replays rewrite them exactly.
 */
@Component
@ReadModel(tables = {"audit_entry", "audit_organization", "audit_provider_member", "audit_organization_member"},
        writeOnly = "audit_entry")
@ProcessingGroup(AuditLogProjection.NAME)
class AuditLogProjection {

    static final String NAME = "audit-log";

    private static final String ACTING_IN = AuditLogProjection.class.getName() + ".actingIn";
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor)) : Map.of();
        }
    };

    private final JdbcClient jdbc;
    private final AuditEntryRows entries;

    AuditLogProjection(JdbcClient jdbc, AuditEntryRows entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    private record Acting(UUID organizationId, UUID actor) {
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
        UUID providerId = event instanceof ProviderEvent e ? e.providerId()
                : providerActingIn(organizationId, actor).orElse(null);
        Object deviceType = metadata.get(EventMetadata.DEVICE_TYPE);
        entries.add(new AuditEntryRows.Row(message.getIdentifier(),
                token == null ? -1 : token.position().orElse(-1), code.code(), code.name(),
                message.getTimestamp().toString(), actor, metadata.get(EventMetadata.ACTOR_TYPE),
                metadata.get(EventMetadata.IP_ADDRESS),
                deviceType == null ? null : Integer.valueOf(deviceType.toString()), organizationId, providerId,
                component(event, "userId"), component(event, "organizationUserId"),
                component(event, "providerUserId"), component(event, "groupId"), component(event, "collectionId"),
                event instanceof PolicyUpdated policy ? policy.type().name() : null,
                // a user's own folder and favourite are theirs: they stay out of the item's shared log
                event instanceof UserEvent ? null : component(event, "itemId")));
    }

    /**
     * The provider of the organization, if the actor is one of its confirmed members acting there. Answers are
     * kept for the batch (its unit of work) until an event changes what they read; not those of a handler under a
     * savepoint, whose own writes may yet roll back.
     */
    private Optional<UUID> providerActingIn(UUID organizationId, UUID actor) {
        if (organizationId == null || actor == null) {
            return Optional.empty();
        }
        Acting acting = new Acting(organizationId, actor);
        Map<Acting, Optional<UUID>> known = actingIn();
        Optional<UUID> provider = known.get(acting);
        if (provider == null) {
            provider = jdbc.sql("""
                    select distinct o.provider_id from audit_organization o
                    join audit_provider_member m on m.provider_id = o.provider_id and m.user_id = ?
                    where o.organization_id = ?
                    """)
                    .params(actor, organizationId).query(UUID.class).optional();
            if (!IsolatedFailures.isolated()) {
                known.put(acting, provider);
            }
        }
        return provider;
    }

    private Map<Acting, Optional<UUID>> actingIn() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(ACTING_IN, key -> new HashMap<>());
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
            actingIn().clear();
            jdbc.sql("delete from audit_provider_member where provider_user_id = ?").param(e.providerUserId()).update();
        } else if (event instanceof OrganizationOwnerAdded e) {
            addOrganizationMember(e.organizationUserId(), e.organizationId(), e.userId());
        } else if (event instanceof OrganizationUserAccepted e) {
            addOrganizationMember(e.organizationUserId(), e.organizationId(), e.userId());
        }
    }

    private void setProvider(UUID organizationId, UUID providerId) {
        actingIn().clear();
        jdbc.sql("""
                insert into audit_organization (organization_id, provider_id) values (?, ?)
                on conflict (organization_id) do update set provider_id = excluded.provider_id
                """).params(organizationId, providerId).update();
    }

    private void addProviderMember(UUID providerUserId, UUID providerId, UUID userId) {
        actingIn().clear();
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
        Method accessor = ACCESSORS.get(event.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return accessor.invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }
}
