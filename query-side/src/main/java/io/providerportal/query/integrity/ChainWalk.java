package io.providerportal.query.integrity;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

/**
 * Recomputes the chain over the stored events and compares it, position by position, with the stored links and
 * with a kept head if there is one; stops at the first disagreement. One step of look-ahead tells an edited event
 * from an edited link: after an edited event the next stored link still follows from the stored one.
 */
final class ChainWalk {

    /** One position: the stored event's canonical bytes and the stored link, either possibly missing. */
    record Step(long position, byte[] event, byte[] link) {}

    private final Optional<KeptHead> kept;
    private byte[] link = HashChain.GENESIS;
    private long checkedUpTo = -1;
    private boolean keptReached;

    ChainWalk(Optional<KeptHead> kept) {
        this.kept = kept;
    }

    /** @param logReachesKept whether the store holds an event at or past the kept position */
    Verification over(Iterator<Step> steps, boolean logReachesKept) {
        while (steps.hasNext()) {
            Step step = steps.next();
            if (kept.isPresent() && !keptReached && step.position() > kept.get().position()) {
                return failed(kept.get().position(), Verification.HEAD_MISMATCH);
            }
            if (step.event() == null) {
                return failed(step, steps, step.link(), Verification.EVENT_MISSING);
            }
            if (step.link() == null) {
                return failed(step, steps, link, Verification.EVENT_ADDED);
            }
            byte[] recomputed = HashChain.next(link, step.event());
            if (!Arrays.equals(recomputed, step.link())) {
                return failed(step, steps, step.link(), Verification.EVENT_CHANGED);
            }
            if (kept.isPresent() && step.position() == kept.get().position()) {
                if (!Arrays.equals(recomputed, kept.get().hash())) {
                    return failed(step.position(), Verification.HEAD_MISMATCH);
                }
                keptReached = true;
            }
            link = recomputed;
            checkedUpTo = step.position();
        }
        if (kept.isPresent() && !keptReached) {
            return logReachesKept
                    ? failed(null, Verification.HEAD_NOT_REACHED)
                    : failed(kept.get().position(), Verification.HEAD_MISMATCH);
        }
        return new Verification(true, checkedUpTo, HashChain.hex(link), null, null);
    }

    /**
     * Takes the likely cause unless the next step shows that the stored links do not follow from each other
     * across this position, which only an edit of the chain itself explains.
     */
    private Verification failed(Step step, Iterator<Step> steps, byte[] linkBefore, String likely) {
        Step next = steps.hasNext() ? steps.next() : null;
        boolean linksBroken = next != null
                && next.event() != null
                && next.link() != null
                && !Arrays.equals(HashChain.next(linkBefore, next.event()), next.link());
        return failed(step.position(), linksBroken ? Verification.CHAIN_CHANGED : likely);
    }

    private Verification failed(Long position, String reason) {
        return new Verification(false, checkedUpTo, HashChain.hex(link), position, reason);
    }
}
