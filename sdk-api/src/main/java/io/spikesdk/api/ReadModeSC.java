package io.spikesdk.api;

/**
 * Read consistency in a strong-consistency namespace. Default: {@link #SESSION}. Ignored by AP
 * namespaces (see {@link ReadModeAP}).
 */
public enum ReadModeSC {
    /** The client sees its own writes and never goes back in time (reads the master). */
    SESSION,
    /** Linearizable reads: the server checks with the replicas that the master is current (slowest). */
    LINEARIZE,
    /** Reads may go to the master or any full replica; never returns uncommitted data. */
    ALLOW_REPLICA,
    /** Reads may go to any replica, even an unavailable partition's; may return stale data. */
    ALLOW_UNAVAILABLE
}
