package io.providerportal.platform.axon;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on a connection of its own for the commits other processes announce ({@link CommitAnnouncer}) and
 * runs {@code onCommitElsewhere} for each announcement. A lost connection is opened again; meanwhile the readers'
 * periodic look finds the events anyway.
 */
final class CommitListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommitListener.class);
    private static final int WAIT_MILLIS = 1000;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

    private final String url;
    private final String user;
    private final String password;
    private final Runnable onCommitElsewhere;
    private final Thread listener;

    CommitListener(String url, String user, String password, Runnable onCommitElsewhere) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.onCommitElsewhere = onCommitElsewhere;
        this.listener = new Thread(this::listen, "commit-listener");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (!Thread.currentThread().isInterrupted()) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("listen " + CrossProcessWakeUp.CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!Thread.currentThread().isInterrupted()) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        onCommitElsewhere.run();
                    }
                }
            } catch (SQLException e) {
                log.warn(
                        "Listening for commits of other processes failed, again in {}: {}",
                        RECONNECT_AFTER,
                        e.getMessage());
                try {
                    Thread.sleep(RECONNECT_AFTER.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        listener.interrupt();
    }
}
