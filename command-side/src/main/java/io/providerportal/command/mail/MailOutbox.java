package io.providerportal.command.mail;

import io.providerportal.platform.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mail to be sent, written in the same transaction as whatever caused it and delivered afterwards by
 * {@link OutboxRelay}, so a mail is neither lost when delivery fails nor sent for something that rolled back.
 */
@Component
public class MailOutbox {

    /** One message waiting for (or past) delivery. */
    public record Mail(UUID id, String recipient, String subject, String body) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void enqueue(String recipient, String subject, String body) {
        jdbc.sql("insert into mail_outbox (id, recipient, subject, body, created_at) values (?, ?, ?, ?, ?)")
                .params(Ids.newId(), recipient, subject, body, Timestamp.from(clock.instant()))
                .update();
    }

    /** Locks the next unsent mails; another instance relaying at the same time skips them. */
    List<Mail> claimPending(int limit) {
        return jdbc.sql("""
                select id, recipient, subject, body from mail_outbox
                where sent_at is null and attempts < 10 order by id limit ?
                for update skip locked
                """)
                .param(limit)
                .query((rs, i) -> new Mail(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body")))
                .list();
    }

    /** Records a failed attempt; after ten the mail is given up (and stays in the table with its error). */
    void markFailed(UUID id, String error) {
        jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = left(?, 500) where id = ?")
                .params(error, id)
                .update();
    }

    void markSent(UUID id) {
        jdbc.sql("update mail_outbox set sent_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }
}
