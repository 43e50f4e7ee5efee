package io.spikesdk.api;

/**
 * Severity of an SDK log message, from the most verbose to none.
 *
 * <p>Maps the spec's {@code LOG_LEVEL_TRACE … LOG_LEVEL_OFF}. Used by {@link Aerospike#setLogLevel}.
 */
public enum LogLevel {
    /** Wire-level detail: every command and response. */
    TRACE,
    /** Cluster tending and connection life cycle. */
    DEBUG,
    /** Notable events such as nodes joining or leaving. */
    INFO,
    /** Problems the SDK worked around (the default threshold). */
    WARN,
    /** Failures the SDK could not handle. */
    ERROR,
    /** Threshold that disables every message; never used as the level of a message. */
    OFF;

    /** Whether a message of this level passes the given threshold. */
    public boolean passes(LogLevel threshold) {
        return this != OFF && threshold != OFF && ordinal() >= threshold.ordinal();
    }
}
