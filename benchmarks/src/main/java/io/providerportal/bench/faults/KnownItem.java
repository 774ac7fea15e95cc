package io.providerportal.bench.faults;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A personal item as its owner's client knows it from the answers it got. */
final class KnownItem {

    private final UUID id;
    private final long createdAt;
    private final Set<String> namesSent = ConcurrentHashMap.newKeySet();
    private volatile String name;
    private volatile boolean favourite;
    private volatile long position;
    private volatile boolean uncertain;

    KnownItem(UUID id, String name, long createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
        this.position = createdAt;
        namesSent.add(name);
    }

    UUID id() {
        return id;
    }

    /** The position its creation was acknowledged at: a read that reached it must show the item. */
    long createdAt() {
        return createdAt;
    }

    /** The name of its last acknowledged write. */
    String name() {
        return name;
    }

    boolean favourite() {
        return favourite;
    }

    /** The position of its last acknowledged write. */
    long position() {
        return position;
    }

    /** A write to it was refused or never answered, so what it holds now is not known: it is left alone. */
    boolean uncertain() {
        return uncertain;
    }

    /** Every name ever sent for it, acknowledged or not: an answer may show any of them, and nothing else. */
    boolean wasNamed(String candidate) {
        return namesSent.contains(candidate);
    }

    /** Called before the update is sent, since it may be applied before (or without) its answer arriving. */
    void renaming(String newName) {
        namesSent.add(newName);
    }

    void renamed(String newName, long at) {
        name = newName;
        advance(at);
    }

    void favourited(boolean value, long at) {
        favourite = value;
        advance(at);
    }

    void lost() {
        uncertain = true;
    }

    private void advance(long at) {
        position = Math.max(position, at);
    }
}
