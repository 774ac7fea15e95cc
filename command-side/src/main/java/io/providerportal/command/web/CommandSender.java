package io.providerportal.command.web;

import io.providerportal.platform.PortalHeaders;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a command and answers the global position of the last event it produced, which clients hand back to the
 * query side ({@link PortalHeaders#MIN_POSITION}) to read their own writes.
 */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final NamedParameterJdbcTemplate jdbc;

    CommandSender(CommandGateway gateway, NamedParameterJdbcTemplate jdbc) {
        this.gateway = gateway;
        this.jdbc = jdbc;
    }

    /** Sends and waits; answers the position of the newest event of the given aggregates once it is committed. */
    public long send(Object command, UUID... touchedAggregates) {
        gateway.sendAndWait(command);
        return position(touchedAggregates);
    }

    public <T> ResponseEntity<T> created(URI location, long position, T body) {
        return ResponseEntity.created(location).header(PortalHeaders.POSITION, Long.toString(position)).body(body);
    }

    public ResponseEntity<Void> done(long position) {
        return ResponseEntity.noContent().header(PortalHeaders.POSITION, Long.toString(position)).build();
    }

    private long position(UUID... aggregates) {
        List<String> ids = Arrays.stream(aggregates).map(UUID::toString).toList();
        Long position = jdbc.queryForObject(
                "select coalesce(max(global_index), -1) from domain_event_entry where aggregate_identifier in (:ids)",
                java.util.Map.of("ids", ids), Long.class);
        return position == null ? -1 : position;
    }
}
