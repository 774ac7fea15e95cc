package io.providerportal.bench.faults;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every logical write the load sent, in the order they were sent. */
final class Journal {

    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();

    void add(Write write) {
        writes.add(write);
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }
}
