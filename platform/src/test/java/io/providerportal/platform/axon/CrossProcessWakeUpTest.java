package io.providerportal.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Commits announced by one process reach a listener in another, through the real PostgreSQL. */
class CrossProcessWakeUpTest {

    private static final String URL = "jdbc:postgresql://" + env("PORTAL_DB_HOST", "127.0.0.1") + ":"
            + env("PORTAL_DB_PORT", "5432") + "/" + env("PORTAL_TEST_DB_NAME", "test");
    private static final String USER = env("PORTAL_DB_USER", "postgres");
    private static final String PASSWORD = env("PORTAL_DB_PASSWORD", "");

    @Test
    void aCommitHereIsAnnouncedToListeners() throws Exception {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        try (Connection listening = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = listening.createStatement();
                CommitAnnouncer announcer = new CommitAnnouncer(
                        store, new JdbcTemplate(new DriverManagerDataSource(URL, USER, PASSWORD)))) {
            statement.execute("listen " + CrossProcessWakeUp.CHANNEL);

            store.publish(GenericEventMessage.asEventMessage("committed"));

            assertThat(listening.unwrap(PGConnection.class).getNotifications(10_000))
                    .isNotEmpty();
        } finally {
            store.shutDown();
        }
    }

    @Test
    void anAnnouncementWakesTheListener() throws Exception {
        AtomicInteger wakeUps = new AtomicInteger();
        try (CommitListener listener = new CommitListener(URL, USER, PASSWORD, wakeUps::incrementAndGet);
                Connection other = DriverManager.getConnection(URL, USER, PASSWORD)) {
            // announced until heard: the listener's own connection may not be listening yet
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                announce(other);
                return wakeUps.get() > 0;
            });
        }
    }

    private static void announce(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_notify('" + CrossProcessWakeUp.CHANNEL + "', '')");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
