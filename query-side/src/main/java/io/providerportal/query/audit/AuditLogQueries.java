package io.providerportal.query.audit;

import io.providerportal.platform.web.InvalidRequestException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Pages of the event log, newest first, 50 at a time, by keyset on (time, position). */
@Component
class AuditLogQueries {

    static final int PAGE_SIZE = 50;

    /** Which entries a listing covers: one column equal to one value, optionally also one acting user. */
    record Scope(String column, UUID value, UUID actingUser) {}

    record Page(List<AuditEntryView> data, String continuationToken) {}

    private final JdbcClient jdbc;

    AuditLogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page page(Scope scope, EventRange range, String continuationToken) {
        StringBuilder sql = select(scope);
        JdbcClient.StatementSpec statement;
        if (continuationToken != null) {
            sql.append(" and (occurred_at, position) < (:afterTime, :afterPosition)");
        }
        sql.append(" order by occurred_at desc, position desc limit ").append(PAGE_SIZE + 1);
        statement = bind(jdbc.sql(sql.toString()), scope, range);
        if (continuationToken != null) {
            String[] after = decode(continuationToken);
            statement = statement
                    .param("afterTime", Timestamp.from(Instant.parse(after[0])))
                    .param("afterPosition", Long.parseLong(after[1]));
        }
        List<AuditEntryView> rows = new ArrayList<>(
                statement.query((rs, i) -> AuditEntryView.of(rs)).list());
        String next = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            AuditEntryView last = rows.get(PAGE_SIZE - 1);
            next = encode(last.date() + "|" + last.position());
        }
        return new Page(rows, next);
    }

    /** The whole range at once, newest first, as CSV. */
    void csv(Scope scope, EventRange range, Writer out) throws IOException {
        out.write(AuditEntryView.CSV_HEADER + "\n");
        StringBuilder sql = select(scope).append(" order by occurred_at desc, position desc");
        List<String> lines = bind(jdbc.sql(sql.toString()), scope, range)
                .query((rs, i) -> AuditEntryView.of(rs).csv())
                .list();
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
    }

    /** Who an item's log belongs to: its organization now, or (for a personal item) the user who created it. */
    record ItemOwner(UUID organizationId, UUID creator) {}

    Optional<ItemOwner> ownerOfItem(UUID itemId) {
        return jdbc.sql("""
                select (select organization_id from audit_entry
                        where item_id = :item and organization_id is not null order by position desc limit 1)
                           as organization_id,
                       (select acting_user_id from audit_entry where item_id = :item order by position limit 1)
                           as creator
                where exists (select 1 from audit_entry where item_id = :item)
                """)
                .param("item", itemId)
                .query((rs, i) ->
                        new ItemOwner(rs.getObject("organization_id", UUID.class), rs.getObject("creator", UUID.class)))
                .optional();
    }

    /** The user behind an organization member, for the log of what that member did. */
    UUID userOfMember(UUID organizationId, UUID organizationUserId) {
        return jdbc.sql("""
                select user_id from audit_organization_member where organization_id = ? and organization_user_id = ?
                """)
                .params(organizationId, organizationUserId)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private static StringBuilder select(Scope scope) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where ")
                .append(scope.column())
                .append(" = :scope and occurred_at >= :start and occurred_at <= :end");
        if (scope.actingUser() != null) {
            sql.append(" and acting_user_id = :actor");
        }
        return sql;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Scope scope, EventRange range) {
        statement = statement
                .param("scope", scope.value())
                .param("start", Timestamp.from(range.start()))
                .param("end", Timestamp.from(range.end()));
        return scope.actingUser() == null ? statement : statement.param("actor", scope.actingUser());
    }

    private static String encode(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            Instant.parse(parts[0]);
            Long.parseLong(parts[1]);
            return parts;
        } catch (RuntimeException e) {
            throw new InvalidRequestException(
                    "invalid-continuation-token",
                    "continuationToken",
                    "does not belong to this listing; start again without it");
        }
    }
}
