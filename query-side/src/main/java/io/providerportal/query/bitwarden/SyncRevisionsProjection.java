package io.providerportal.query.bitwarden;

import io.providerportal.query.projection.IsolatedFailures;
import io.providerportal.query.projection.PerBatch;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BinaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each user, organization and provider last changed, from every event. Events are flat records, so what an
 * event touches is read from its fields: the user, organization and provider it names, and the user behind a
 * membership or folder it names by its own id only (remembered from the events that name both); and, in
 * {@link SyncScopes}, who belongs to which organization and provider.
 */
@Component
@ReadModel(tables = {"bitwarden_revision", "bitwarden_owner", "bitwarden_member", "bitwarden_client"})
@ProcessingGroup(ProjectionNames.BITWARDEN_REVISIONS)
class SyncRevisionsProjection {

    private static final List<String> SCOPES = List.of("userId", "ownerUserId", "organizationId", "providerId");
    private static final List<String> OWNED = List.of("organizationUserId", "providerUserId", "folderId");
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        }
    };

    private final JdbcClient jdbc;
    private final SyncScopes scopes;
    /** The newest change of each scope a batch touched: one statement per batch, however many events it holds. */
    private final PerBatch<Map<UUID, Instant>> revisions;

    SyncRevisionsProjection(JdbcClient jdbc, SyncScopes scopes, IsolatedFailures failures) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.revisions = new PerBatch<>(SyncRevisionsProjection.class, failures, HashMap::new, this::revise);
    }

    @EventHandler
    void on(Object event, @Timestamp Instant at) {
        UUID user = field(event, "userId");
        Set<UUID> touched = new HashSet<>();
        for (String scope : SCOPES) {
            UUID id = field(event, scope);
            if (id != null) {
                touched.add(id);
            }
        }
        for (String owned : OWNED) {
            UUID id = field(event, owned);
            if (id != null && user != null) {
                jdbc.sql("""
                        insert into bitwarden_owner (entity_id, user_id) values (?, ?)
                        on conflict (entity_id) do update set user_id = excluded.user_id
                        """).params(id, user).update();
            } else if (id != null) {
                jdbc.sql("select user_id from bitwarden_owner where entity_id = ?")
                        .param(id)
                        .query(UUID.class)
                        .optional()
                        .ifPresent(touched::add);
            }
        }
        // a member's clients must sync even though the deleted scope no longer counts for them afterwards
        touched.addAll(scopes.losingMembers(event));
        revisions.add(newest ->
                touched.forEach(scope -> newest.merge(scope, at, BinaryOperator.maxBy(Comparator.naturalOrder()))));
        scopes.apply(event);
    }

    private void revise(Map<UUID, Instant> newest) {
        if (newest.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into bitwarden_revision (scope_id, revised_at)
                        select * from unnest(?::uuid[], ?::timestamptz[])
                        on conflict (scope_id) do update
                        set revised_at = greatest(bitwarden_revision.revised_at, excluded.revised_at)
                        """)
                .params(
                        newest.keySet().stream().map(UUID::toString).toArray(String[]::new),
                        newest.values().stream().map(Instant::toString).toArray(String[]::new))
                .update();
    }

    private static UUID field(Object event, String name) {
        for (RecordComponent component : COMPONENTS.get(event.getClass())) {
            if (component.getName().equals(name) && component.getType() == UUID.class) {
                try {
                    return (UUID) component.getAccessor().invoke(event);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("unreadable event field " + name, e);
                }
            }
        }
        return null;
    }
}
