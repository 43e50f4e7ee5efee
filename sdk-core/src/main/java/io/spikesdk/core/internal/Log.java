package io.spikesdk.core.internal;

import io.spikesdk.api.LogLevel;
import io.spikesdk.api.internal.LogBridge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one logging helper of sdk-core: every message goes to SLF4J (logger names under
 * {@code io.spikesdk}) and to the user hook of {@code Aerospike.setLogHandler} ({@link LogBridge}).
 *
 * <p>Callers that build a message test {@link #debugEnabled()} (or the matching level) first, so a
 * disabled level costs two volatile reads and no allocation.
 */
public final class Log {
    private final Logger slf4j;

    private Log(Logger slf4j) {
        this.slf4j = slf4j;
    }

    /** A logger named {@code io.spikesdk.<suffix>}. */
    public static Log named(String suffix) {
        return new Log(LoggerFactory.getLogger("io.spikesdk." + suffix));
    }

    public boolean debugEnabled() {
        return slf4j.isDebugEnabled() || LogBridge.isEnabled(LogLevel.DEBUG);
    }

    public boolean infoEnabled() {
        return slf4j.isInfoEnabled() || LogBridge.isEnabled(LogLevel.INFO);
    }

    public void debug(String message) {
        slf4j.debug(message);
        LogBridge.log(LogLevel.DEBUG, message);
    }

    public void info(String message) {
        slf4j.info(message);
        LogBridge.log(LogLevel.INFO, message);
    }

    public void warn(String message) {
        slf4j.warn(message);
        LogBridge.log(LogLevel.WARN, message);
    }

    /** Logs at WARN with the cause; the hook gets the message followed by the cause's text. */
    public void warn(String message, Throwable cause) {
        slf4j.warn(message, cause);
        if (LogBridge.isEnabled(LogLevel.WARN)) {
            LogBridge.log(LogLevel.WARN, message + ": " + cause);
        }
    }

    public void error(String message, Throwable cause) {
        slf4j.error(message, cause);
        if (LogBridge.isEnabled(LogLevel.ERROR)) {
            LogBridge.log(LogLevel.ERROR, message + ": " + cause);
        }
    }
}
