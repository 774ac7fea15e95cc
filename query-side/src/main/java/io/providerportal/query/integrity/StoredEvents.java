package io.providerportal.query.integrity;

import io.providerportal.platform.axon.EventLog;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stored events the chain links, in global order, each as its canonical bytes: the database's event rows as
 * stored where the events are kept there ({@link StoredRows}), otherwise (Axon Server) the events as the store hands
 * them out ({@link StoredMessages}). Either is read a batch at a time, so a walk over the whole log holds only one
 * batch in memory.
 */
interface StoredEvents {

    /** One event: where it is, when it was stamped, and its canonical bytes. */
    record StoredEvent(long position, String timeStamp, byte[] canonical) {}

    /** The events after one position up to another, in order; close the stream. */
    Stream<StoredEvent> between(long after, long upTo);

    /** The time stamp of the last event at or before a position. */
    Optional<String> timeStampAtOrBefore(long position);

    /** The position of the newest stored event (0 when there is none). */
    long lastPosition();

    /** Where this store's positions start. */
    long firstPosition();

    @Configuration(proxyBeanMethods = false)
    class Source {

        @Bean
        StoredEvents storedEvents(
                EventLog log, DataSource dataSource, @Qualifier("eventSerializer") Serializer serializer) {
            return log.storedInDatabase() ? new StoredRows(dataSource) : new StoredMessages(log, serializer);
        }
    }
}
