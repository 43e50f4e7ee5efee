package io.spikesdk.testkit.internal.node;

import io.spikesdk.testkit.ActivityEntry;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The bounded, thread-safe log of requests one node received (oldest entries dropped first). */
public final class ActivityLog {
    /** Entries kept per node. */
    public static final int CAPACITY = 200_000;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final ArrayDeque<ActivityEntry> entries = new ArrayDeque<>();

    /** The last JVM-wide sequence number handed out: every entry logged later has a greater one. */
    public static long lastSequence() {
        return SEQUENCE.get();
    }

    /** The next JVM-wide sequence number. */
    public static long nextSequence() {
        return SEQUENCE.incrementAndGet();
    }

    public synchronized void add(ActivityEntry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** The entries in the order they were logged. */
    public synchronized List<ActivityEntry> snapshot() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
