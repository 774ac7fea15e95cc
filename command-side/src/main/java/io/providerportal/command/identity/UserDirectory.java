package io.providerportal.command.identity;

import io.providerportal.events.identity.AuditorRoleGranted;
import io.providerportal.events.identity.AuditorRoleRevoked;
import io.providerportal.events.identity.UserRegistered;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Command-side lookup of accounts by email, kept in the same transaction as the events (subscribing processor).
 * Other command-side features use it to resolve an email to a registered user.
 */
@Component
@ProcessingGroup("identity-directory")
public class UserDirectory {

    private static final RowMapper<DirectoryUser> MAPPER = (rs, i) -> new DirectoryUser(
            rs.getObject("user_id", UUID.class),
            rs.getString("email"),
            rs.getString("name"),
            rs.getInt("kdf"),
            rs.getInt("kdf_iterations"),
            rs.getString("user_key"),
            rs.getString("public_key"),
            rs.getString("encrypted_private_key"),
            rs.getBoolean("auditor"));

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserRegistered event) {
        jdbc.sql("""
                insert into identity_user (user_id, email, name, kdf, kdf_iterations, user_key, public_key,
                                           encrypted_private_key)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        event.userId(),
                        event.email(),
                        event.name(),
                        event.kdf().code(),
                        event.kdfIterations(),
                        event.key(),
                        event.publicKey(),
                        event.encryptedPrivateKey())
                .update();
    }

    @EventHandler
    void on(AuditorRoleGranted event) {
        jdbc.sql("update identity_user set auditor = true where user_id = ?")
                .param(event.userId())
                .update();
    }

    @EventHandler
    void on(AuditorRoleRevoked event) {
        jdbc.sql("update identity_user set auditor = false where user_id = ?")
                .param(event.userId())
                .update();
    }

    public Optional<DirectoryUser> findByEmail(String email) {
        return jdbc.sql("select * from identity_user where email = ?")
                .param(normalize(email))
                .query(MAPPER)
                .optional();
    }

    Optional<DirectoryUser> findById(UUID userId) {
        return jdbc.sql("select * from identity_user where user_id = ?")
                .param(userId)
                .query(MAPPER)
                .optional();
    }

    /** Emails are compared and stored trimmed and lower-cased, as clients salt their keys with that form. */
    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
