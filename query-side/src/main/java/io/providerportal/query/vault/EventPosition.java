package io.providerportal.query.vault;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * The global position of the event a handler is given, stamped on the rows it changes: the event's own, so that a
 * rebuild stamps what the live projection did, and a delta compares it with a client's revision.
 */
final class EventPosition {

    private EventPosition() {
    }

    static long of(TrackingToken token) {
        if (token == null) {
            throw new IllegalStateException("The vault projections need a streaming processor's positions.");
        }
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class).map(GapAwareTrackingToken::getIndex)
                .orElseGet(() -> token.position().orElseThrow());
    }
}
