package io.providerportal.query.integrity;

/**
 * What {@code GET /audit/verify} found. {@code checkedUpTo} is the last position where everything agreed and
 * {@code head} the recomputed link there; on failure {@code firstMismatch} is where it stopped agreeing and
 * {@code reason} the likeliest cause.
 */
record Verification(boolean verified, long checkedUpTo, String head, Long firstMismatch, String reason) {

    /** A stored event no longer gives its link: its row was edited (the links after it still agree). */
    static final String EVENT_CHANGED = "event-changed";
    /** The chain has a link where the store has no event: the event was deleted. */
    static final String EVENT_MISSING = "event-missing";
    /** The store has an event the chain skipped: it was inserted after its position was chained. */
    static final String EVENT_ADDED = "event-added";
    /** The links themselves disagree with each other: the chain table was edited. */
    static final String CHAIN_CHANGED = "chain-changed";
    /** The event log and the chain agree, but not with the head the auditor kept: both were rewritten. */
    static final String HEAD_MISMATCH = "head-mismatch";
    /** The chain has not reached the kept head's position yet, though the store has (it is being rebuilt). */
    static final String HEAD_NOT_REACHED = "head-not-reached";
}
