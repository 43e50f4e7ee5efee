package io.spikesdk.testkit.internal.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts each user's reads and writes in the current second of the server clock, on one node (quotas apply per
 * node, as on the real server). Thread-safe.
 */
final class QuotaMeter {
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one record against the user's quota; false (not counted) when the quota is already used up. */
    boolean charge(String user, boolean write, int quota, long nowMillis) {
        if (quota <= 0) {
            return true;
        }
        return windows.computeIfAbsent(user + (write ? "\u0000w" : "\u0000r"), k -> new Window())
                .charge(nowMillis / 1000, quota);
    }

    void clear() {
        windows.clear();
    }

    private static final class Window {
        private long second = Long.MIN_VALUE;
        private int used;

        synchronized boolean charge(long now, int quota) {
            if (now != second) {
                second = now;
                used = 0;
            }
            if (used >= quota) {
                return false;
            }
            used++;
            return true;
        }
    }
}
