package io.providerportal.bench.replay;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ceiling of a replay: every stored event read in global order through one cursor, its payload deserialized
 * into its event class (with the stored events' mapper settings) and its metadata into a map. No projection can
 * replay faster than the store is read and deserialized, so a projection's rate is judged against this one.
 */
final class StoreScan {

    /** What a scan read; {@code typed} events became their event class, the rest a JSON tree. */
    record Result(long events, long typed, double seconds) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private static final int FETCH_SIZE = 1000;

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Map<String, Optional<Class<?>>> types = new HashMap<>();
    private final String url;
    private final String user;
    private final String password;

    StoreScan(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Result run() throws SQLException {
        long start = System.nanoTime();
        long events = 0;
        long typed = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            // a cursor (fetch size honoured) needs a transaction
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement scan = connection.prepareStatement(
                    "select global_index, payload_type, payload, meta_data from domain_event_entry "
                            + "order by global_index")) {
                scan.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = scan.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(1);
                        if (deserialize(rows.getString(2), rows.getBytes(3), rows.getBytes(4))) {
                            typed++;
                        }
                        events++;
                    }
                }
            }
            connection.rollback();
        }
        return new Result(events, typed, (System.nanoTime() - start) / 1e9);
    }

    private boolean deserialize(String payloadType, byte[] payload, byte[] metadata) {
        try {
            mapper.readValue(metadata, Map.class);
            Optional<Class<?>> type = types.computeIfAbsent(payloadType, StoreScan::load);
            if (type.isPresent()) {
                mapper.readValue(payload, type.get());
                return true;
            }
            mapper.readTree(payload);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("undeserializable " + payloadType, e);
        }
    }

    private static Optional<Class<?>> load(String payloadType) {
        try {
            return Optional.of(Class.forName(payloadType));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
