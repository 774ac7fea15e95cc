package io.providerportal.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.query.integrity.ChainWalk.Step;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    /** Events at positions 1, 2, 4, 5, 6 (3 was never written) and their true links. */
    List<Step> chain = chain(1, 2, 4, 5, 6);

    @Test
    void anUntouchedChainVerifiesUpToItsHead() {
        Verification result = walk(chain);

        assertThat(result.verified()).isTrue();
        assertThat(result.checkedUpTo()).isEqualTo(6);
        assertThat(result.head()).isEqualTo(HashChain.hex(chain.get(4).link()));
        assertThat(result.firstMismatch()).isNull();
    }

    @Test
    void anEditedEventIsNamedWhereItIs() {
        chain.set(2, new Step(4, bytes("edited"), chain.get(2).link()));

        assertFailure(walk(chain), 4, Verification.EVENT_CHANGED, 2);
    }

    @Test
    void anEditedEventAtTheHeadIsStillFound() {
        chain.set(4, new Step(6, bytes("edited"), chain.get(4).link()));

        assertFailure(walk(chain), 6, Verification.EVENT_CHANGED, 5);
    }

    @Test
    void aDeletedEventLeavesItsLinkBehind() {
        chain.set(2, new Step(4, null, chain.get(2).link()));

        assertFailure(walk(chain), 4, Verification.EVENT_MISSING, 2);
    }

    @Test
    void anEventInsertedIntoAGapHasNoLink() {
        chain.add(2, new Step(3, bytes("inserted"), null));

        assertFailure(walk(chain), 3, Verification.EVENT_ADDED, 2);
    }

    @Test
    void anEditedLinkBreaksTheLinksAfterIt() {
        chain.set(1, new Step(2, chain.get(1).event(), bytes("forged link, 32 bytes long......")));

        assertFailure(walk(chain), 2, Verification.CHAIN_CHANGED, 1);
    }

    @Test
    void aDeletedLinkBreaksTheLinksAfterIt() {
        chain.set(1, new Step(2, chain.get(1).event(), null));

        assertFailure(walk(chain), 2, Verification.CHAIN_CHANGED, 1);
    }

    @Test
    void aRewrittenChainAgreesWithItselfButNotWithAKeptHead() {
        KeptHead kept = new KeptHead(5, chain.get(3).link());
        List<Step> rewritten = new ArrayList<>(chain.subList(0, 2));
        rewritten.addAll(chain(bytes("forged"), chain.get(1).link(), 4, 5, 6));

        assertThat(walk(rewritten).verified()).isTrue();
        assertFailure(walk(rewritten, kept), 5, Verification.HEAD_MISMATCH, 4);
        assertThat(walk(chain, kept).verified()).isTrue();
    }

    @Test
    void aKeptPositionThatVanishedIsAMismatch() {
        KeptHead kept = new KeptHead(4, chain.get(2).link());
        chain.remove(2);
        List<Step> rewritten = new ArrayList<>(chain.subList(0, 2));
        rewritten.addAll(chain(chain.get(2).event(), chain.get(1).link(), 5, 6));

        assertFailure(walk(rewritten, kept), 4, Verification.HEAD_MISMATCH, 2);
    }

    @Test
    void aKeptPositionPastTheChainIsNotReachedWhileTheLogHasIt() {
        KeptHead kept = new KeptHead(9, new byte[32]);

        Verification lagging = new ChainWalk(Optional.of(kept)).over(chain.iterator(), true);
        Verification cut = new ChainWalk(Optional.of(kept)).over(chain.iterator(), false);

        assertThat(lagging.verified()).isFalse();
        assertThat(lagging.reason()).isEqualTo(Verification.HEAD_NOT_REACHED);
        assertThat(lagging.firstMismatch()).isNull();
        assertThat(cut.reason()).isEqualTo(Verification.HEAD_MISMATCH);
        assertThat(cut.firstMismatch()).isEqualTo(9);
    }

    private static Verification walk(List<Step> steps) {
        return new ChainWalk(Optional.empty()).over(steps.iterator(), true);
    }

    private static Verification walk(List<Step> steps, KeptHead kept) {
        return new ChainWalk(Optional.of(kept)).over(steps.iterator(), true);
    }

    private static void assertFailure(Verification result, long position, String reason, long checkedUpTo) {
        assertThat(result.verified()).isFalse();
        assertThat(result.firstMismatch()).isEqualTo(position);
        assertThat(result.reason()).isEqualTo(reason);
        assertThat(result.checkedUpTo()).isEqualTo(checkedUpTo);
    }

    private static List<Step> chain(long... positions) {
        return chain(null, HashChain.GENESIS, positions);
    }

    /** Steps with true links from {@code link} on; the first event's bytes are {@code firstEvent} if given. */
    private static List<Step> chain(byte[] firstEvent, byte[] link, long... positions) {
        List<Step> steps = new ArrayList<>();
        for (long position : positions) {
            byte[] event = steps.isEmpty() && firstEvent != null ? firstEvent : bytes("event " + position);
            link = HashChain.next(link, event);
            steps.add(new Step(position, event, link));
        }
        return steps;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
