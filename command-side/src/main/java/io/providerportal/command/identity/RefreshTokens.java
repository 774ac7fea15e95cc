package io.providerportal.command.identity;

import io.providerportal.platform.Ids;
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
 * Durable, revocable refresh tokens. Only a SHA-256 of each token is stored. Every use rotates the token within
 * its family (one login); presenting a token that was already spent revokes the whole family, because one of the
 * two parties holding it is not its owner.
 */
@Component
class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A valid token just spent: whose it was, and the family its successor joins. */
    record Redeemed(UUID userId, UUID familyId) {}

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final Clock clock;

    RefreshTokens(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The first token of a new login. */
    String issue(UUID userId) {
        return issue(userId, Ids.newId());
    }

    String issue(UUID userId, UUID familyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into refresh_token (token_hash, user_id, family_id, created_at, expires_at)
                values (?, ?, ?, ?, ?)
                """)
                .params(
                        digest(token),
                        userId,
                        familyId,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(properties.refreshTokenLifetime())))
                .update();
        return token;
    }

    /** Spends a token: answers its user if it was valid; a spent one revokes its family instead. */
    @Transactional
    Optional<Redeemed> redeem(String token) {
        Instant now = clock.instant();
        record Row(UUID userId, UUID familyId, boolean spent, boolean expired) {}
        Optional<Row> row = jdbc.sql("""
                select user_id, family_id, revoked_at is not null as spent, expires_at <= ? as expired
                from refresh_token where token_hash = ? for update
                """)
                .params(Timestamp.from(now), digest(token))
                .query((rs, i) -> new Row(
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        rs.getBoolean("spent"),
                        rs.getBoolean("expired")))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (row.get().spent()) {
            revokeFamily(row.get().familyId(), now);
            return Optional.empty();
        }
        jdbc.sql("update refresh_token set revoked_at = ? where token_hash = ?")
                .params(Timestamp.from(now), digest(token))
                .update();
        return row.get().expired()
                ? Optional.empty()
                : Optional.of(new Redeemed(row.get().userId(), row.get().familyId()));
    }

    /** Logging out: the token and every token of its login stop working. */
    @Transactional
    void revoke(String token) {
        jdbc.sql("select family_id from refresh_token where token_hash = ?")
                .param(digest(token))
                .query(UUID.class)
                .optional()
                .ifPresent(family -> revokeFamily(family, clock.instant()));
    }

    private void revokeFamily(UUID familyId, Instant now) {
        jdbc.sql("update refresh_token set revoked_at = ? where family_id = ? and revoked_at is null")
                .params(Timestamp.from(now), familyId)
                .update();
    }

    private static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
