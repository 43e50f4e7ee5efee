package io.spikesdk.api;

/**
 * Receives SDK log messages that pass the level set by {@link Aerospike#setLogLevel}.
 *
 * <p>Called on SDK threads, possibly concurrently: implementations must be thread-safe and fast.
 * An exception thrown by a handler is reported on {@code System.err} and otherwise ignored.
 */
@FunctionalInterface
public interface LogHandler {

    /** Handles one message; {@code level} is never {@link LogLevel#OFF}. */
    void log(LogLevel level, String message);
}
