package io.spikesdk.core.internal.async;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeSlotsTest {

    /** A waiter that counts its grants and queues its slot to be given back later, as a command's end does. */
    private static final class Waiter implements NodeSlots.Waiter {
        final AtomicBoolean waiting = new AtomicBoolean(true);
        final AtomicInteger grants = new AtomicInteger();
        final Queue<Waiter> holding;

        Waiter(Queue<Waiter> holding) {
            this.holding = holding;
        }

        @Override
        public boolean claim() {
            return waiting.compareAndSet(true, false);
        }

        @Override
        public void granted() {
            grants.incrementAndGet();
            holding.add(this);
        }
    }

    @Test
    void slotsAreBoundedPerNode() {
        NodeSlots<String> slots = new NodeSlots<>(2);
        assertTrue(slots.tryAcquire("a"));
        assertTrue(slots.tryAcquire("a"));
        assertFalse(slots.tryAcquire("a"));
        assertTrue(slots.tryAcquire("b"), "another node has its own slots");
        slots.release("a");
        assertEquals(1, slots.inFlight("a"));
        assertTrue(slots.tryAcquire("a"));
    }

    @Test
    void aReleaseHandsTheSlotToAWaiterAndATimedOutWaiterIsSkipped() {
        NodeSlots<String> slots = new NodeSlots<>(1);
        Queue<Waiter> holding = new ConcurrentLinkedQueue<>();
        assertTrue(slots.tryAcquire("n"));
        Waiter gaveUp = new Waiter(holding);
        Waiter patient = new Waiter(holding);
        slots.await("n", gaveUp);
        slots.await("n", patient);
        assertTrue(gaveUp.claim(), "its timeout won");
        slots.release("n");
        assertEquals(0, gaveUp.grants.get());
        assertEquals(1, patient.grants.get());
        assertEquals(1, slots.inFlight("n"), "the slot went straight to the patient waiter");
    }

    @Test
    @Timeout(30)
    void concurrentReleasesAndWaitersNeverStrandAWaiterNorExceedTheBound() throws Exception {
        NodeSlots<String> slots = new NodeSlots<>(3);
        Queue<Waiter> holding = new ConcurrentLinkedQueue<>();
        AtomicInteger peak = new AtomicInteger();
        int threads = 4;
        int perThread = 5_000;
        List<Waiter> waiters = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Waiter> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                mine.add(new Waiter(holding));
            }
            waiters.addAll(mine);
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (Waiter w : mine) {
                    if (slots.tryAcquire("n")) {
                        w.claim();
                        w.granted();
                    } else {
                        slots.await("n", w);
                    }
                    if (holding.poll() != null) {
                        slots.release("n");
                    }
                    peak.accumulateAndGet(slots.inFlight("n"), Math::max);
                }
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        while (holding.poll() != null) {
            slots.release("n");
        }
        for (Waiter w : waiters) {
            assertEquals(1, w.grants.get(), "every waiter got exactly one slot");
        }
        assertEquals(0, slots.inFlight("n"));
        assertTrue(peak.get() <= 3, "in flight at most the bound: " + peak.get());
    }
}
