package io.providerportal.command.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The server's slow hash of each client's master password hash. Kept only here: never in events, read models
 * or logs, so the event log that auditors replay holds nothing that helps guess a password.
 */
@Component
class Credentials {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    Credentials(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    String hash(String masterPasswordHash) {
        return encoder.encode(masterPasswordHash);
    }

    void store(UUID userId, String credentialHash) {
        jdbc.sql("insert into credential (user_id, password_hash) values (?, ?)")
                .params(userId, credentialHash)
                .update();
    }

    boolean matches(UUID userId, String masterPasswordHash) {
        Optional<String> stored = jdbc.sql("select password_hash from credential where user_id = ?")
                .param(userId)
                .query(String.class)
                .optional();
        return stored.isPresent() && encoder.matches(masterPasswordHash, stored.get());
    }
}
