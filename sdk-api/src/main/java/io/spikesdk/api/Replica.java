package io.spikesdk.api;

/**
 * Which replica of a partition the client sends a read to (spec {@code POLICY_REPLICA_*}).
 * Default: {@link #SEQUENCE}. Writes go to the master ({@link #SEQUENCE} and {@link #PREFER_RACK} retry
 * them on the next replica, which forwards them to the master, as the official client does). A
 * client-side choice: the server serves whatever node receives the command.
 */
public enum Replica {
    /** Always the master. Spec {@code POLICY_REPLICA_MASTER}. */
    MASTER,
    /**
     * Round-robin over the master and the replicas, spreading the read load.
     * Spec {@code POLICY_REPLICA_ANY} (round robin).
     */
    ANY,
    /**
     * The master first; on a retry the next replica in sequence.
     * Spec {@code POLICY_REPLICA_SEQUENCE}.
     */
    SEQUENCE,
    /**
     * A copy on the client's rack ({@link ClientConfig#rackIds()}, in preference order) when there is one, else
     * as {@link #SEQUENCE}; needs {@link ClientConfig#rackAware()}, without which it is {@link #SEQUENCE}.
     * Writes follow {@link #SEQUENCE}.
     */
    PREFER_RACK
}
