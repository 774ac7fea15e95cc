package io.providerportal.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptWindowsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aKeyWaitsOnceItUsedUpItsAttemptsUntilTheOldestLeavesTheWindow() {
        AttemptWindows windows = new AttemptWindows(3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(windows.blockedFor("10.0.0.7", T0.plusSeconds(i))).isEmpty();
            windows.record("10.0.0.7", T0.plusSeconds(i));
        }

        assertThat(windows.blockedFor("10.0.0.7", T0.plusSeconds(10))).contains(Duration.ofSeconds(50));
        assertThat(windows.blockedFor("10.0.0.8", T0.plusSeconds(10)))
                .as("another key")
                .isEmpty();
        assertThat(windows.blockedFor("10.0.0.7", T0.plusSeconds(60)))
                .as("the oldest has left")
                .isEmpty();
    }
}
