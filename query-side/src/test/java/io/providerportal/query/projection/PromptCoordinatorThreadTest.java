package io.providerportal.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromptCoordinatorThreadTest {

    private final PromptCoordinatorThread thread = new PromptCoordinatorThread(Thread::new);

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void looksAgainSoonAfterFindingTheWorkersBufferFull() {
        ScheduledFuture<?> next = thread.schedule(() -> {}, 100, TimeUnit.MILLISECONDS);

        assertThat(next.getDelay(TimeUnit.MILLISECONDS)).isLessThanOrEqualTo(5);
    }

    @Test
    void keepsAxonsOtherWaits() {
        ScheduledFuture<?> claim = thread.schedule(() -> {}, 5_000, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> backOff = thread.schedule(() -> {}, 500, TimeUnit.MILLISECONDS);

        assertThat(claim.getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(4_000);
        assertThat(backOff.getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(400);
    }
}
