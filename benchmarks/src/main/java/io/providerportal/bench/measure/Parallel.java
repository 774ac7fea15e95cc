package io.providerportal.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** Seeding with a few concurrent clients: runs {@code task(0..count-1)} on {@code clients} threads. */
public final class Parallel {

    private Parallel() {}

    public static void run(String what, int clients, int count, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(
                    () -> {
                        for (int i = next.getAndIncrement();
                                i < count && failure.get() == null;
                                i = next.getAndIncrement()) {
                            try {
                                task.accept(i);
                            } catch (RuntimeException e) {
                                failure.compareAndSet(null, e);
                            }
                            if ((i + 1) % 1000 == 0) {
                                Table.note("%s: %d of %d", what, i + 1, count);
                            }
                        }
                    },
                    "seed-" + c);
            threads.add(thread);
            thread.start();
        }
        threads.forEach(ClosedLoop::join);
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Table.note("%s: %d in %.1f s (%.0f/s with %d clients)", what, count, seconds, count / seconds, clients);
    }
}
