package io.providerportal.platform.persistence;

import io.providerportal.platform.axon.AppendedPositions;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JPA storage engine, telling the position it gave the last event of each append ({@link
 * AppendedPositions}), so that a write answers its own place in the store.
 */
class PositionTellingJpaEventStorageEngine extends JpaEventStorageEngine {

    /** The entity of the event being appended: its position is known once it is persisted. */
    private final ThreadLocal<DomainEventEntry> lastCreated = new ThreadLocal<>();

    PositionTellingJpaEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Object createEventEntity(EventMessage<?> eventMessage, Serializer serializer) {
        Object entity = super.createEventEntity(eventMessage, serializer);
        lastCreated.set((DomainEventEntry) entity);
        return entity;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        try {
            super.appendEvents(events, serializer);
            DomainEventEntry last = lastCreated.get();
            if (last != null) {
                Object position = entityManager()
                        .getEntityManagerFactory()
                        .getPersistenceUnitUtil()
                        .getIdentifier(last);
                AppendedPositions.appended((Long) position);
            }
        } finally {
            lastCreated.remove();
        }
    }
}
