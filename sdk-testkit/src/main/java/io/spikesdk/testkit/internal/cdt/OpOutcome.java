package io.spikesdk.testkit.internal.cdt;

/**
 * What an op left at its target (null = still absent), its reply particle (null = no op entry), and whether a
 * NO_FAIL flag turned it into a no-op that writes nothing (so containers a context was about to create are not
 * written either).
 */
record OpOutcome(Element target, Particle result, boolean unwritten) {
    static OpOutcome of(Element target, Particle result) {
        return new OpOutcome(target, result, false);
    }

    /** A NO_FAIL no-op: the target is unchanged and nothing is written. */
    static OpOutcome unwritten(Element target, Particle result) {
        return new OpOutcome(target, result, true);
    }

    /** The op did nothing to an absent target and answers nothing. */
    static OpOutcome absent() {
        return new OpOutcome(null, null, false);
    }
}
