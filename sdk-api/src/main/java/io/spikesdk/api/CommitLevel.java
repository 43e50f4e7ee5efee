package io.spikesdk.api;

/**
 * How many replicas must commit a write before the server answers (spec {@code POLICY_COMMIT_LEVEL_*}).
 * Default: {@link #COMMIT_ALL}.
 */
public enum CommitLevel {
    /** The master answers after all replicas committed. Spec {@code POLICY_COMMIT_LEVEL_ALL}. */
    COMMIT_ALL,
    /**
     * The master answers after committing locally; replicas are written asynchronously (faster, may lose
     * the write if the master fails). Spec {@code POLICY_COMMIT_LEVEL_MASTER}. Sets info3 bit 1.
     */
    COMMIT_MASTER
}
