package io.providerportal.query.integrity;

import io.providerportal.query.integrity.ChainTable.Link;
import io.providerportal.query.integrity.StoredEvents.StoredEvent;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the stored events and compares it with {@code audit_chain}, up to the chain's head:
 * events stored past it are simply not chained yet. One repeatable-read snapshot, so events and links that arrive
 * meanwhile change nothing; two forward-only cursors, so memory stays constant however long the log.
 */
@Component
class ChainVerifier {

    private final StoredEvents events;
    private final ChainTable chain;

    ChainVerifier(StoredEvents events, ChainTable chain) {
        this.events = events;
        this.chain = chain;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Verification verify(Optional<KeptHead> kept) {
        long head = chain.head().map(Link::position).orElse(-1L);
        boolean logReachesKept =
                kept.map(k -> events.lastPosition() >= k.position()).orElse(true);
        // Everything from the very first row: a row inserted before position 1 is an event added too.
        try (Stream<StoredEvent> stored = events.between(Long.MIN_VALUE, head);
                Stream<Link> links = chain.upTo(head)) {
            return new ChainWalk(kept).over(new AlignedSteps(stored.iterator(), links.iterator()), logReachesKept);
        }
    }
}
