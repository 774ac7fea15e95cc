package io.providerportal.query.projection;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a rebuild's coordinator, which reads the events for its worker. Axon's pooled processor gives each
 * worker a buffer of 1,024 events; a coordinator that finds it full looks again only 100 ms later, however soon the
 * worker empties it, and a rebuild's worker empties it in a few milliseconds: that wait, not the work, set a
 * rebuild's pace. Here the coordinator looks again after 5 ms; its other waits (claims, back-off after a failure)
 * are Axon's.
 */
final class PromptCoordinatorThread extends ScheduledThreadPoolExecutor {

    /** Axon's wait after finding the buffer full, the only one of its coordinator's waits that is 100 ms. */
    private static final long FULL_BUFFER_WAIT_MILLIS = 100;

    private static final long LOOK_AGAIN_MILLIS = 5;

    PromptCoordinatorThread(ThreadFactory threads) {
        super(1, threads);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        boolean fullBuffer = unit == TimeUnit.MILLISECONDS && delay == FULL_BUFFER_WAIT_MILLIS;
        return super.schedule(command, fullBuffer ? LOOK_AGAIN_MILLIS : delay, unit);
    }
}
