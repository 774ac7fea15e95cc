package io.providerportal.query.audit;

import io.providerportal.query.projection.BatchedWrites;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code audit_entry} rows of a batch of events, inserted with one statement when the batch commits. */
@Component
class AuditEntryRows {

    /** One entry; {@code position} is the tracking token's, which the event's own place in the store overrides. */
    record Row(String eventId, long position, int code, String name, String occurredAt, UUID actor, Object actorType,
               Object ip, Object device, UUID organization, UUID provider, Object user, Object organizationUser,
               Object providerUser, Object group, Object collection, Object policy, Object item) {
    }

    private static final List<Function<Row, Object>> COLUMNS = List.of(Row::eventId, Row::position, Row::code,
            Row::name, Row::occurredAt, Row::actor, Row::actorType, Row::ip, Row::device, Row::organization,
            Row::provider, Row::user, Row::organizationUser, Row::providerUser, Row::group, Row::collection,
            Row::policy, Row::item);

    private final JdbcClient jdbc;
    private final BatchedWrites.Batch<Row> batch;

    AuditEntryRows(JdbcClient jdbc, BatchedWrites batches) {
        this.jdbc = jdbc;
        this.batch = batches.batch(AuditLogProjection.class, "audit_entry", this::insert);
    }

    void add(Row row) {
        batch.add(row);
    }

    private void insert(List<Row> rows) {
        jdbc.sql("""
                insert into audit_entry (event_id, position, code, name, occurred_at, acting_user_id, actor_type,
                                         ip_address, device_type, organization_id, provider_id, user_id,
                                         organization_user_id, provider_user_id, group_id, collection_id, policy_type,
                                         item_id)
                select r.event_id,
                       -- the event's own place in the store: a tracking token that has just closed a gap stands
                       -- at a later position than the event that closed it
                       coalesce(d.global_index, r.position::bigint), r.code::integer, r.name,
                       r.occurred_at::timestamptz, r.actor::uuid, r.actor_type, r.ip, r.device::smallint,
                       r.organization::uuid, r.provider::uuid, r.user_id::uuid, r.organization_user::uuid,
                       r.provider_user::uuid, r.group_id::uuid, r.collection::uuid, r.policy, r.item::uuid
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[])
                     as r(event_id, position, code, name, occurred_at, actor, actor_type, ip, device, organization,
                          provider, user_id, organization_user, provider_user, group_id, collection, policy, item)
                left join domain_event_entry d on d.event_identifier = r.event_id
                on conflict (event_id) do nothing
                """)
                .params(COLUMNS.stream().map(column -> texts(rows, column)).toArray())
                .update();
    }

    /** Every column travels as text, which PostgreSQL casts to the column's type. */
    private static String[] texts(List<Row> rows, Function<Row, Object> column) {
        return rows.stream().map(column).map(value -> Objects.toString(value, null)).toArray(String[]::new);
    }
}
