package io.providerportal.bench.commands;

import java.util.UUID;

/** A personal item of one client, as that client last wrote it; only its own thread touches it. */
final class OwnItem {

    private final UUID id;
    private boolean favourite;
    private long position;

    OwnItem(UUID id, long position) {
        this.id = id;
        this.position = position;
    }

    UUID id() {
        return id;
    }

    boolean favourite() {
        return favourite;
    }

    long position() {
        return position;
    }

    void written(boolean favourite, long position) {
        this.favourite = favourite;
        this.position = Math.max(this.position, position);
    }
}
