package io.spikesdk.api;

/**
 * Whether a write checks the record generation (optimistic concurrency, spec {@code POLICY_GEN_*}).
 * Default: {@link #NONE}. The expected value is {@link WritePolicy#generation()}.
 */
public enum GenerationPolicy {
    /** Write regardless of the generation. Spec {@code POLICY_GEN_IGNORE}. */
    NONE,
    /**
     * Write only if the record's generation equals the expected one (a missing record has generation 0);
     * otherwise the server answers 3 (GENERATION_ERROR). Spec {@code POLICY_GEN_EQ}. Sets info2 bit 2.
     */
    EXPECT_GEN_EQUAL,
    /**
     * Write only if the expected generation is greater than the record's; otherwise the server answers 3.
     * Spec {@code POLICY_GEN_GT}. Sets info2 bit 3.
     */
    EXPECT_GEN_GT
}
