package io.providerportal.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** When a read may go ahead: once every projection has processed the position it asks for. */
class ProcessedPositionsTest {

    private static final GapAwareTrackingToken HEAD = GapAwareTrackingToken.newInstance(100, List.of());

    @Test
    void aLiveProjectionHasProcessedWhatItPassedExceptItsGaps() {
        TrackingToken withGap = GapAwareTrackingToken.newInstance(100, List.of(97L));

        assertThat(ProcessedPositions.processed(withGap, 100)).isTrue();
        assertThat(ProcessedPositions.processed(withGap, 97)).isFalse();
        assertThat(ProcessedPositions.processed(withGap, 101)).isFalse();
    }

    @Test
    void aProjectionBeingRebuiltHoldsNoRead() {
        TrackingToken rebuilding =
                ReplayToken.createReplayToken(HEAD, GapAwareTrackingToken.newInstance(20, List.of()));

        assertThat(ProcessedPositions.processed(rebuilding, 60)).isTrue();
        assertThat(ProcessedPositions.processed(rebuilding, 105)).isTrue();
    }

    @Test
    void aRebuiltProjectionStillFlaggedAsReplayingCountsByItsPositionAgain() {
        TrackingToken caughtUp = ReplayToken.createReplayToken(HEAD, HEAD);

        assertThat(ProcessedPositions.processed(caughtUp, 100)).isTrue();
        assertThat(ProcessedPositions.processed(caughtUp, 101)).isFalse();
    }
}
