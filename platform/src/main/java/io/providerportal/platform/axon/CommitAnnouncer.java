package io.providerportal.platform.axon;

import java.util.concurrent.Semaphore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tells other processes reading the event store that events were committed here: a PostgreSQL {@code NOTIFY}
 * from a thread of its own, after the commit and outside its transaction (a {@code NOTIFY} inside it would
 * serialize every commit on the notification queue's lock). A burst of commits is announced once.
 */
final class CommitAnnouncer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommitAnnouncer.class);

    private final Semaphore committed = new Semaphore(0);
    private final Thread announcer;

    CommitAnnouncer(EventStore store, JdbcTemplate jdbc) {
        LocalCommits.onEachCommit(store, () -> {
            if (committed.availablePermits() == 0) {
                committed.release();
            }
        });
        this.announcer = new Thread(() -> announce(jdbc), "commit-announcer");
        announcer.setDaemon(true);
        announcer.start();
    }

    private void announce(JdbcTemplate jdbc) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                committed.acquire();
                committed.drainPermits();
                jdbc.execute("select pg_notify('" + CrossProcessWakeUp.CHANNEL + "', '')");
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the readers' periodic look finds the events anyway
                log.warn("Could not announce committed events: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        announcer.interrupt();
    }
}
