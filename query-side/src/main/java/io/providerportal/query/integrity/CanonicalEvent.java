package io.providerportal.query.integrity;

import io.providerportal.platform.axon.EventLog;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * The bytes a link hashes for one stored event: ten fields, each written as a 4-byte big-endian length and then its
 * bytes (a number as 8 bytes big-endian, text as UTF-8, binary as is; null as length -1 and no bytes). On the
 * database's event table they are the ten columns of its {@code domain_event_entry} row, read from the row, never
 * from the deserialized event, so that an edit of the stored bytes cannot hide behind serialization or upcasting.
 * Elsewhere (Axon Server) they are the same fields of the event as the store hands it out: its position, identifier,
 * aggregate, sequence and aggregate type, its payload's type, revision and serialized bytes, its time (ISO-8601) and
 * its serialized metadata. docs/operations.md states the same for auditors.
 */
final class CanonicalEvent {

    /** The columns, in the order they are written. */
    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "payload_type, payload_revision, time_stamp, payload, meta_data";

    private static final int NULL = -1;

    private CanonicalEvent() {}

    static byte[] ofRow(ResultSet row) throws SQLException {
        Fields fields = new Fields();
        fields.bigint(row.getLong("global_index"));
        fields.text(row.getString("event_identifier"));
        fields.text(row.getString("aggregate_identifier"));
        fields.bigint(row.getLong("sequence_number"));
        fields.text(row.getString("type"));
        fields.text(row.getString("payload_type"));
        fields.text(row.getString("payload_revision"));
        fields.text(row.getString("time_stamp"));
        fields.bytes(row.getBytes("payload"));
        fields.bytes(row.getBytes("meta_data"));
        return fields.out.toByteArray();
    }

    static byte[] ofMessage(TrackedEventMessage<?> message, Serializer serializer) {
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        SerializedObject<byte[]> payload = message.serializePayload(serializer, byte[].class);
        Fields fields = new Fields();
        fields.bigint(EventLog.position(message));
        fields.text(message.getIdentifier());
        fields.text(domain == null ? null : domain.getAggregateIdentifier());
        fields.bigint(domain == null ? -1 : domain.getSequenceNumber());
        fields.text(domain == null ? null : domain.getType());
        fields.text(payload.getType().getName());
        fields.text(payload.getType().getRevision());
        fields.text(message.getTimestamp().toString());
        fields.bytes(payload.getData());
        fields.bytes(message.serializeMetaData(serializer, byte[].class).getData());
        return fields.out.toByteArray();
    }

    private static final class Fields {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);

        void bigint(long value) {
            bytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        }

        void text(String value) {
            bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] value) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES)
                    .putInt(value == null ? NULL : value.length)
                    .array());
            if (value != null) {
                out.writeBytes(value);
            }
        }
    }
}
