package io.spikesdk.api.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.LogLevel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogBridgeTest {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void restoreDefaults() {
        Aerospike.setLogHandler(null);
        Aerospike.setLogLevel(LogLevel.WARN);
    }

    @Test
    void defaultLevelIsWarnAndNoHandlerMeansDisabled() {
        assertEquals(LogLevel.WARN, LogBridge.level());
        assertNull(LogBridge.handler());
        for (LogLevel l : LogLevel.values()) {
            assertFalse(LogBridge.isEnabled(l));
        }
        assertDoesNotThrow(() -> LogBridge.log(LogLevel.ERROR, "nobody listens"));
    }

    @Test
    void forwardsMessagesAtOrAboveTheLevel() {
        Aerospike.setLogHandler((level, msg) -> seen.add(level + " " + msg));
        LogBridge.log(LogLevel.DEBUG, "d");
        LogBridge.log(LogLevel.INFO, "i");
        LogBridge.log(LogLevel.WARN, "w");
        LogBridge.log(LogLevel.ERROR, "e");
        assertEquals(List.of("WARN w", "ERROR e"), seen);
        assertTrue(LogBridge.isEnabled(LogLevel.WARN));
        assertFalse(LogBridge.isEnabled(LogLevel.INFO));
    }

    @Test
    void levelChangesTakeEffect() {
        Aerospike.setLogHandler((level, msg) -> seen.add(msg));
        Aerospike.setLogLevel(LogLevel.TRACE);
        LogBridge.log(LogLevel.TRACE, "t");
        assertTrue(LogBridge.isEnabled(LogLevel.TRACE));
        Aerospike.setLogLevel(LogLevel.OFF);
        LogBridge.log(LogLevel.ERROR, "e");
        assertFalse(LogBridge.isEnabled(LogLevel.ERROR));
        assertEquals(List.of("t"), seen);
    }

    @Test
    void offIsNeverAMessageLevelAndNullIsIgnored() {
        Aerospike.setLogHandler((level, msg) -> seen.add(msg));
        Aerospike.setLogLevel(LogLevel.TRACE);
        LogBridge.log(LogLevel.OFF, "x");
        LogBridge.log(null, "y");
        assertFalse(LogBridge.isEnabled(LogLevel.OFF));
        assertFalse(LogBridge.isEnabled(null));
        assertTrue(seen.isEmpty());
    }

    @Test
    void nullHandlerRemovesIt() {
        Aerospike.setLogHandler((level, msg) -> seen.add(msg));
        Aerospike.setLogHandler(null);
        LogBridge.log(LogLevel.ERROR, "e");
        assertTrue(seen.isEmpty());
        assertNull(LogBridge.handler());
    }

    @Test
    void nullLevelIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Aerospike.setLogLevel(null));
        assertTrue(e.getMessage().contains("OFF"), e.getMessage());
        assertSame(LogLevel.WARN, LogBridge.level());
    }

    @Test
    void aFailingHandlerDoesNotBreakTheCaller() {
        Aerospike.setLogHandler((level, msg) -> {
            throw new IllegalStateException("handler bug");
        });
        assertDoesNotThrow(() -> LogBridge.log(LogLevel.ERROR, "e"));
    }

    @Test
    void concurrentLoggingDeliversEveryMessage() throws InterruptedException {
        Aerospike.setLogHandler((level, msg) -> seen.add(msg));
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    LogBridge.log(LogLevel.ERROR, "m");
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void passesFollowsTheOrder() {
        assertTrue(LogLevel.ERROR.passes(LogLevel.TRACE));
        assertTrue(LogLevel.WARN.passes(LogLevel.WARN));
        assertFalse(LogLevel.INFO.passes(LogLevel.WARN));
        assertFalse(LogLevel.ERROR.passes(LogLevel.OFF));
    }
}
