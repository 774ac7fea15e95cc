package io.providerportal.platform.axon;

import io.providerportal.platform.persistence.PortalEventStore;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With the command side and the query side in two processes on one PostgreSQL, the command side announces its
 * commits ({@code portal.events.announce-commits}) and the query side listens ({@code
 * portal.events.listen-for-commits}), so a write reaches the other process's read models in milliseconds rather
 * than at the next periodic look. One process running both sides needs neither: its own commits wake it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class CrossProcessWakeUp {

    static final String CHANNEL = "portal_events";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "portal.events.announce-commits", havingValue = "true")
    CommitAnnouncer commitAnnouncer(EventStore eventStore, JdbcTemplate jdbc) {
        return new CommitAnnouncer(eventStore, jdbc);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "portal.events.listen-for-commits", havingValue = "true")
    CommitListener commitListener(
            DataSourceProperties database, PortalEventStore eventStore, List<WakeUpEventSource> sources) {
        return new CommitListener(
                database.determineUrl(), database.determineUsername(), database.determinePassword(), () -> {
                    eventStore.fetchNow();
                    sources.forEach(WakeUpEventSource::wakeUp);
                });
    }
}
