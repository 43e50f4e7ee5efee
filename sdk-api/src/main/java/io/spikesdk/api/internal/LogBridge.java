package io.spikesdk.api.internal;

import io.spikesdk.api.LogHandler;
import io.spikesdk.api.LogLevel;

/**
 * Forwards SDK log messages to the handler set by {@code Aerospike.setLogHandler}.
 *
 * <p>Thread-safe: the level and handler are volatile. When no handler is set or the level is
 * filtered out, {@link #isEnabled} is two volatile reads and nothing is allocated; callers that
 * build a message should test {@link #isEnabled} first.
 */
public final class LogBridge {

    /** The threshold used until {@code Aerospike.setLogLevel} is called. */
    public static final LogLevel DEFAULT_LEVEL = LogLevel.WARN;

    private static volatile LogLevel level = DEFAULT_LEVEL;
    private static volatile LogHandler handler;

    private LogBridge() {
    }

    /** Whether a message of {@code messageLevel} would reach a handler. */
    public static boolean isEnabled(LogLevel messageLevel) {
        return handler != null && messageLevel != null && messageLevel.passes(level);
    }

    /** Sends {@code message} to the handler when {@code messageLevel} passes the threshold. */
    public static void log(LogLevel messageLevel, String message) {
        LogHandler h = handler;
        if (h == null || messageLevel == null || !messageLevel.passes(level)) {
            return;
        }
        try {
            h.log(messageLevel, message);
        } catch (RuntimeException e) {
            System.err.println("Spike SDK: log handler " + h.getClass().getName() + " failed: " + e);
        }
    }

    /** The current threshold. */
    public static LogLevel level() {
        return level;
    }

    /** Sets the threshold; {@link LogLevel#OFF} silences everything. */
    public static void setLevel(LogLevel newLevel) {
        if (newLevel == null) {
            throw new NullPointerException("log level must not be null (use LogLevel.OFF to disable logging)");
        }
        level = newLevel;
    }

    /** The current handler, or {@code null}. */
    public static LogHandler handler() {
        return handler;
    }

    /** Sets the handler; {@code null} removes it. */
    public static void setHandler(LogHandler newHandler) {
        handler = newHandler;
    }
}
