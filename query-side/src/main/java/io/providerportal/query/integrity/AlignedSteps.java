package io.providerportal.query.integrity;

import io.providerportal.query.integrity.ChainTable.Link;
import io.providerportal.query.integrity.ChainWalk.Step;
import io.providerportal.query.integrity.StoredEvents.StoredEvent;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Pairs stored events with stored links by position, as a merge join of two ordered cursors. */
final class AlignedSteps implements Iterator<Step> {

    private final Iterator<StoredEvent> events;
    private final Iterator<Link> links;
    private StoredEvent event;
    private Link link;

    AlignedSteps(Iterator<StoredEvent> events, Iterator<Link> links) {
        this.events = events;
        this.links = links;
        this.event = events.hasNext() ? events.next() : null;
        this.link = links.hasNext() ? links.next() : null;
    }

    @Override
    public boolean hasNext() {
        return event != null || link != null;
    }

    @Override
    public Step next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long position = Math.min(
                event == null ? Long.MAX_VALUE : event.position(), link == null ? Long.MAX_VALUE : link.position());
        byte[] canonical = null;
        byte[] hash = null;
        if (event != null && event.position() == position) {
            canonical = event.canonical();
            event = events.hasNext() ? events.next() : null;
        }
        if (link != null && link.position() == position) {
            hash = link.hash();
            link = links.hasNext() ? links.next() : null;
        }
        return new Step(position, canonical, hash);
    }
}
