package io.spikesdk.core.internal.async;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound on commands in flight per node, across all event loops. A command holds a slot from the moment it
 * has its node until its attempt ends; a command that waits for a slot queues here and is handed the next free
 * one ({@link Waiter#claim()} decides between the hand-over and the waiter's own timeout).
 */
final class NodeSlots<N> {
    /** A command waiting for a slot. */
    interface Waiter {
        /** Takes the waiter out of waiting; true for exactly one caller (a hand-over or its timeout). */
        boolean claim();

        /** The waiter was handed a slot (after winning {@link #claim()}); any thread. */
        void granted();
    }

    private final int max;
    private final Map<N, Slots> nodes = new ConcurrentHashMap<>();

    NodeSlots(int max) {
        this.max = max;
    }

    int max() {
        return max;
    }

    /** Takes a slot of {@code node} if one is free. */
    boolean tryAcquire(N node) {
        return slots(node).tryAcquire(max);
    }

    /** Queues {@code waiter} for the next free slot of {@code node} (possibly handing it one at once). */
    void await(N node, Waiter waiter) {
        Slots s = slots(node);
        s.waiters.add(waiter);
        s.drain(max);
    }

    void release(N node) {
        Slots s = slots(node);
        s.used.decrementAndGet();
        s.drain(max);
    }

    /** Commands in flight on {@code node}. */
    int inFlight(N node) {
        return slots(node).used.get();
    }

    private Slots slots(N node) {
        return nodes.computeIfAbsent(node, n -> new Slots());
    }

    private static final class Slots {
        final AtomicInteger used = new AtomicInteger();
        final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();

        boolean tryAcquire(int max) {
            int n;
            do {
                n = used.get();
                if (n >= max) {
                    return false;
                }
            } while (!used.compareAndSet(n, n + 1));
            return true;
        }

        /**
         * Hands free slots to waiters. Whoever last changed either side (a release, a new waiter) drains, so a
         * free slot and a waiting command never stay apart.
         */
        void drain(int max) {
            while (!waiters.isEmpty() && tryAcquire(max)) {
                Waiter w;
                do {
                    w = waiters.poll();
                } while (w != null && !w.claim());
                if (w == null) {
                    used.decrementAndGet();
                } else {
                    w.granted();
                }
            }
        }
    }
}
