package io.providerportal.platform.persistence;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, whose reader can be told that events were committed by another process: its
 * producer thread otherwise notices them only at its next scheduled fetch, up to a second later.
 */
public class PortalEventStore extends EmbeddedEventStore {

    PortalEventStore(Builder builder) {
        super(builder);
    }

    /** Fetches new events now, as after a local commit. */
    public void fetchNow() {
        afterCommit(List.of());
    }
}
