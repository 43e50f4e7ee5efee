package io.spikesdk.testkit.internal.cdt;

/** What an op left at its target (null = still absent) and its reply particle (null = no op entry). */
record OpOutcome(Element target, Particle result) {
    static OpOutcome of(Element target, Particle result) {
        return new OpOutcome(target, result);
    }

    /** The op did nothing to an absent target and answers nothing. */
    static OpOutcome absent() {
        return new OpOutcome(null, null);
    }
}
