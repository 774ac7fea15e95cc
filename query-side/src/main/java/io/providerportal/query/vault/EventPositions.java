package io.providerportal.query.vault;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The position stamped on the rows a handler changes, which a delta compares with a client's revision: the
 * event's own global position, so that a rebuild stamps what the live projection did. An event parked and retried
 * later is stamped just past the newest position stored instead: revisions handed out meanwhile have passed its
 * own, and its change must still reach the clients that hold them.
 */
@Component
class EventPositions {

    private final JdbcClient jdbc;

    EventPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long of(TrackingToken token) {
        if (retryingParkedEvent()) {
            return jdbc.sql("select coalesce(max(global_index), 0) + 1 from domain_event_entry").query(Long.class)
                    .single();
        }
        if (token == null) {
            throw new IllegalStateException("The vault projections need a streaming processor's positions.");
        }
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class).map(GapAwareTrackingToken::getIndex)
                .orElseGet(() -> token.position().orElseThrow());
    }

    private static boolean retryingParkedEvent() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }
}
