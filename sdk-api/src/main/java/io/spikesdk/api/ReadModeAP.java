package io.spikesdk.api;

/**
 * How many replicas a read consults in an AP (availability) namespace (spec {@code POLICY_CONSISTENCY_*}).
 * Default: {@link #ONE}. Ignored by strong-consistency namespaces (see {@link ReadModeSC}).
 */
public enum ReadModeAP {
    /** The server reads one replica. Spec {@code POLICY_CONSISTENCY_ONE}. */
    ONE,
    /**
     * The server consults all replicas and returns the most recent version (slower; useful during
     * migrations). Spec {@code POLICY_CONSISTENCY_ALL}. Sets info1 bit 6.
     */
    ALL
}
