package io.providerportal.command.identity;

import io.providerportal.platform.Ids;
import io.providerportal.platform.security.SystemRole;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Ops clients log in with {@code client_credentials}. The configured operator client is created on first start;
 * later starts leave an existing client (and a rotated secret) alone.
 */
@Component
class OpsClients {

    private static final Logger log = LoggerFactory.getLogger(OpsClients.class);

    record OpsClient(UUID id, String clientId, SystemRole role) {}

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;

    OpsClients(JdbcClient jdbc, PasswordEncoder encoder, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bootstrapOperator() {
        IdentityProperties.OperatorClient operator = properties.operator();
        int created = jdbc.sql("""
                insert into ops_client (id, client_id, secret_hash, role) values (?, ?, ?, ?)
                on conflict (client_id) do nothing
                """)
                .params(
                        Ids.newId(),
                        operator.clientId(),
                        encoder.encode(operator.clientSecret()),
                        SystemRole.OPERATOR.name())
                .update();
        if (created == 1) {
            log.info("Created operator client '{}'", operator.clientId());
        }
    }

    Optional<OpsClient> authenticate(String clientId, String secret) {
        return jdbc.sql("select id, client_id, secret_hash, role from ops_client where client_id = ?")
                .param(clientId)
                .query((rs, i) -> encoder.matches(secret, rs.getString("secret_hash"))
                        ? new OpsClient(
                                rs.getObject("id", UUID.class),
                                rs.getString("client_id"),
                                SystemRole.valueOf(rs.getString("role")))
                        : null)
                .optional();
    }
}
