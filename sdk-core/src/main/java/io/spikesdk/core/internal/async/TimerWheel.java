package io.spikesdk.core.internal.async;

import java.util.concurrent.TimeUnit;

/**
 * The timeouts of one {@link EventLoop}, on its own thread: a hashed wheel of {@link #TICK_NANOS} slots whose
 * entries are the timed objects themselves (a doubly linked list per slot), so that arming and cancelling a
 * timeout allocates nothing and costs O(1). A timeout never fires before its deadline and at most about one tick
 * after it (plus however long the loop is busy).
 */
final class TimerWheel {
    /** Granularity of the wheel. */
    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final int SLOTS = 256;

    /** Something with a timeout on the wheel; armed on at most one wheel at a time. */
    abstract static class Timeout {
        private Timeout prev;
        private Timeout next;
        private Timeout nextDue;
        private long deadlineNanos;
        private int slot = -1;
        private boolean due;

        /** The deadline passed; runs on the loop, already disarmed. */
        abstract void expired();

        /** Whether the timeout is on the wheel (armed and not yet expired or disarmed). */
        final boolean armed() {
            return slot >= 0 || due;
        }
    }

    private final Timeout[] slots = new Timeout[SLOTS];
    private long lastTick;
    private int count;

    TimerWheel(long nowNanos) {
        lastTick = tick(nowNanos);
    }

    private static long tick(long nanos) {
        return Math.floorDiv(nanos, TICK_NANOS);
    }

    /** Arms {@code t} to expire at {@code deadlineNanos} ({@link System#nanoTime()} based); re-arms it when armed. */
    void arm(Timeout t, long deadlineNanos) {
        disarm(t);
        t.deadlineNanos = deadlineNanos;
        // a deadline in a tick already processed goes to the next tick to process
        long slotTick = Math.max(tick(deadlineNanos - 1) + 1, lastTick + 1);
        int slot = (int) (slotTick & (SLOTS - 1));
        t.slot = slot;
        t.prev = null;
        t.next = slots[slot];
        if (t.next != null) {
            t.next.prev = t;
        }
        slots[slot] = t;
        count++;
    }

    /** Takes {@code t} off the wheel; nothing when it is not armed. */
    void disarm(Timeout t) {
        t.due = false;
        if (t.slot < 0) {
            return;
        }
        if (t.prev != null) {
            t.prev.next = t.next;
        } else {
            slots[t.slot] = t.next;
        }
        if (t.next != null) {
            t.next.prev = t.prev;
        }
        t.prev = null;
        t.next = null;
        t.slot = -1;
        count--;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Milliseconds a select may block before the next tick is due (at least 1); only when not empty. */
    long millisToNextTick(long nowNanos) {
        long next = (tick(nowNanos) + 1) * TICK_NANOS;
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(next - nowNanos + 999_999));
    }

    /** Expires every timeout whose deadline is at or before {@code nowNanos}. */
    void advance(long nowNanos) {
        long nowTick = tick(nowNanos);
        if (nowTick <= lastTick) {
            return;
        }
        long ticks = count == 0 ? 0 : Math.min(nowTick - lastTick, SLOTS);
        long from = lastTick;
        lastTick = nowTick;
        for (long k = 1; k <= ticks; k++) {
            expireSlot((int) ((from + k) & (SLOTS - 1)), nowNanos);
        }
    }

    /**
     * Takes the slot's due timeouts off first, then tells each: an {@code expired()} that arms or disarms others
     * cannot disturb the walk, and one disarmed meanwhile is not told.
     */
    private void expireSlot(int slot, long nowNanos) {
        Timeout dueList = null;
        for (Timeout t = slots[slot]; t != null; ) {
            Timeout following = t.next;
            if (t.deadlineNanos - nowNanos <= 0) {
                disarm(t);
                t.due = true;
                t.nextDue = dueList;
                dueList = t;
            }
            t = following;
        }
        while (dueList != null) {
            Timeout t = dueList;
            dueList = t.nextDue;
            t.nextDue = null;
            if (t.due) {
                t.due = false;
                t.expired();
            }
        }
    }
}
