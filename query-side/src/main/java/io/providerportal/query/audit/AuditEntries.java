package io.providerportal.query.audit;

import io.providerportal.query.projection.IsolatedFailures;
import io.providerportal.query.projection.PerBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log's entries, written once per batch of events by one statement instead of one per event: a replay of
 * the log spent most of its time on single inserts. Entries wait until the batch commits ({@link PerBatch}), or
 * until {@link #flush()}: the provider stamp is looked up as the entries are written, so the log's lookup rows must
 * not change under an entry still waiting.
 */
@Component
class AuditEntries {

    /** One entry, as the handler read it off its event. */
    record Entry(
            String eventId,
            Long position,
            int code,
            String name,
            Instant occurredAt,
            UUID actor,
            Object actorType,
            Object ipAddress,
            Object deviceType,
            UUID organizationId,
            UUID providerId,
            Object userId,
            Object organizationUserId,
            Object providerUserId,
            Object groupId,
            Object collectionId,
            String policyType,
            Object itemId) {}

    /** The columns in the order of the statement's arrays. */
    private static final List<Function<Entry, Object>> COLUMNS = List.of(
            Entry::eventId,
            Entry::position,
            Entry::code,
            Entry::name,
            Entry::occurredAt,
            Entry::actor,
            Entry::actorType,
            Entry::ipAddress,
            Entry::deviceType,
            Entry::organizationId,
            Entry::providerId,
            Entry::userId,
            Entry::organizationUserId,
            Entry::providerUserId,
            Entry::groupId,
            Entry::collectionId,
            Entry::policyType,
            Entry::itemId);

    private static final String INSERT = """
            insert into audit_entry (event_id, position, code, name, occurred_at, acting_user_id, actor_type,
                                     ip_address, device_type, organization_id, provider_id, user_id,
                                     organization_user_id, provider_user_id, group_id, collection_id, policy_type,
                                     item_id)
            select e.event_id,
                   -- the event's own place in the store: a token with gaps (the database's event table) that has
                   -- just closed one stands at a later position than the event that closed it, so there the
                   -- handler leaves it out and the row tells
                   coalesce(e.position, stored.global_index, -1),
                   e.code, e.name, e.occurred_at, e.acting_user_id, e.actor_type, e.ip_address, e.device_type,
                   e.organization_id,
                   -- an action of a confirmed provider member in one of the provider's client organizations
                   coalesce(e.provider_id,
                            (select o.provider_id from audit_organization o
                             join audit_provider_member m on m.provider_id = o.provider_id
                                                         and m.user_id = e.acting_user_id
                             where o.organization_id = e.organization_id
                             limit 1)),
                   e.user_id, e.organization_user_id, e.provider_user_id, e.group_id, e.collection_id,
                   e.policy_type, e.item_id
            from unnest(?::varchar[], ?::bigint[], ?::integer[], ?::varchar[], ?::timestamptz[], ?::uuid[],
                        ?::varchar[], ?::varchar[], ?::smallint[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[],
                        ?::uuid[], ?::uuid[], ?::uuid[], ?::varchar[], ?::uuid[])
                 as e(event_id, position, code, name, occurred_at, acting_user_id, actor_type, ip_address,
                      device_type, organization_id, provider_id, user_id, organization_user_id, provider_user_id,
                      group_id, collection_id, policy_type, item_id)
            left join domain_event_entry stored on e.position is null and stored.event_identifier = e.event_id
            on conflict (event_id) do nothing
            """;

    private final JdbcClient jdbc;
    private final PerBatch<List<Entry>> batch;

    AuditEntries(JdbcClient jdbc, IsolatedFailures failures) {
        this.jdbc = jdbc;
        this.batch = new PerBatch<>(AuditLogProjection.class, failures, ArrayList::new, this::insert);
    }

    void add(Entry entry) {
        batch.add(entries -> entries.add(entry));
    }

    /** Writes the entries waiting so far. */
    void flush() {
        batch.flush();
    }

    private void insert(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // Planned for the rows at hand each time: a plan cached while the event table was small would go on
        // looking the stored positions up by scanning it after it has grown, as long as nothing analyzes it.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        // each column as text, which the statement casts to the column's type
        jdbc.sql(INSERT)
                .params(COLUMNS.stream()
                        .map(column -> entries.stream()
                                .map(column)
                                .map(value -> Objects.toString(value, null))
                                .toArray(String[]::new))
                        .toArray())
                .update();
    }
}
