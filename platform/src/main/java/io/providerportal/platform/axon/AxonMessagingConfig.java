package io.providerportal.platform.axon;

import io.providerportal.events.EventMetadata;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who-did-it metadata on every message, and domain errors that survive a distributed command bus. */
@Configuration(proxyBeanMethods = false)
class AxonMessagingConfig {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(
                EventMetadata.ACTOR_ID, EventMetadata.ACTOR_TYPE, EventMetadata.IP_ADDRESS, EventMetadata.DEVICE_TYPE);
    }

    /**
     * The source projections read from ({@code axon.eventhandling.processors.<name>.source}): all history.
     * {@code portal.events.wake-up: false} leaves the streams to Axon's own polling, for comparison.
     */
    @Bean(destroyMethod = "close")
    WakeUpEventSource portalEventSource(
            EventStore eventStore,
            @Value("${portal.events.poll-interval:PT0.1S}") Duration pollInterval,
            @Value("${portal.events.wake-up:true}") boolean wakeUp) {
        return new WakeUpEventSource(eventStore, pollInterval, false, wakeUp);
    }

    /** The source side effects read from: a new one starts at the newest event, so no past mail is sent again. */
    @Bean(destroyMethod = "close")
    WakeUpEventSource sideEffectEventSource(
            EventStore eventStore,
            @Value("${portal.events.poll-interval:PT0.1S}") Duration pollInterval,
            @Value("${portal.events.wake-up:true}") boolean wakeUp) {
        return new WakeUpEventSource(eventStore, pollInterval, true, wakeUp);
    }
}
