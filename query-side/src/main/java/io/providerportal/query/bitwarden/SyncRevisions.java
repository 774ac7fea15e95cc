package io.providerportal.query.bitwarden;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An account's revision date: the latest change of the account itself, of the organizations it is a confirmed
 * member of, and of the providers it is a confirmed member of with their clients; all from the
 * {@code bitwarden-revisions} projection's own tables. Losing a membership touches the
 * account itself, so the date never moves back past a change the client has not synced.
 */
@Component
class SyncRevisions {

    private final JdbcClient jdbc;

    SyncRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Null while nothing is recorded of the account. */
    Instant of(UUID userId) {
        return jdbc
                .sql("""
                select max(revised_at) from bitwarden_revision where scope_id in (
                    select cast(:user as uuid)
                    union all select scope_id from bitwarden_member where user_id = :user and active
                    union all select c.organization_id from bitwarden_client c
                              join bitwarden_member m on m.scope_id = c.provider_id
                              where m.user_id = :user and m.active)
                """)
                .param("user", userId)
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .map(OffsetDateTime::toInstant)
                .findFirst()
                .orElse(null);
    }
}
