package io.providerportal.command.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Durable, revocable refresh tokens. Only a SHA-256 of each token is stored; every use rotates the token, so a
 * stolen token that was already used is worthless.
 */
@Component
class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final Clock clock;

    RefreshTokens(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    String issue(UUID userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("insert into refresh_token (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(digest(token), userId, Timestamp.from(now),
                        Timestamp.from(now.plus(properties.refreshTokenLifetime())))
                .update();
        return token;
    }

    /** Spends a token: answers its user if it was valid, and revokes it either way. */
    @Transactional
    Optional<UUID> redeem(String token) {
        Optional<UUID> user = jdbc.sql("""
                update refresh_token set revoked_at = ?
                where token_hash = ? and revoked_at is null and expires_at > ?
                returning user_id
                """)
                .params(Timestamp.from(clock.instant()), digest(token), Timestamp.from(clock.instant()))
                .query(UUID.class).optional();
        return user;
    }

    void revoke(String token) {
        jdbc.sql("update refresh_token set revoked_at = ? where token_hash = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), digest(token)).update();
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
