package io.providerportal.bench.faults;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A client organization as the provider's client knows it from the answers it got. */
final class KnownClient {

    static final int SEATS = 30;
    /** Invitations per organization, so that seats never run out: the owner's takes one. */
    static final int INVITATIONS = 20;

    private final UUID id;
    private final String name;
    private final AtomicInteger invitationsSent = new AtomicInteger();
    private final AtomicInteger invitationsAcknowledged = new AtomicInteger();
    private volatile long position;
    private volatile boolean uncertain;

    KnownClient(UUID id, String name, long position) {
        this.id = id;
        this.name = name;
        this.position = position;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    long position() {
        return position;
    }

    boolean uncertain() {
        return uncertain;
    }

    boolean full() {
        return invitationsSent.get() >= INVITATIONS;
    }

    void inviting() {
        invitationsSent.incrementAndGet();
    }

    void invited(long at) {
        invitationsAcknowledged.incrementAndGet();
        position = Math.max(position, at);
    }

    void lost() {
        uncertain = true;
    }

    /** Seats its members take as far as acknowledged answers tell: the owner's invitation and every acknowledged one. */
    int seatsAcknowledged() {
        return 1 + invitationsAcknowledged.get();
    }

    /** At most: the owner and every invitation sent, answered or not. */
    int seatsSent() {
        return 1 + invitationsSent.get();
    }
}
