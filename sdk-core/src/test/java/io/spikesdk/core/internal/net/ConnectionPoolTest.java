package io.spikesdk.core.internal.net;

import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionPoolTest {
    /** The pools' idle clock: tests advance it instead of sleeping. */
    private final AtomicLong idleClock = new AtomicLong(1_000_000_000L);
    private FakeNode node;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("N1", "test");
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
    }

    private ConnectionPool pool(int min, int max, long maxIdleNanos) {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", node.port());
        return new ConnectionPool("N1", () -> Connection.open(address, 1000), min, max, maxIdleNanos, idleClock::get);
    }

    @Test
    void reusesReleasedConnectionsMostRecentFirst() throws Exception {
        ConnectionPool pool = pool(0, 4, 0);
        Connection a = pool.borrow(0);
        Connection b = pool.borrow(0);
        pool.release(a);
        pool.release(b);
        assertSame(b, pool.borrow(0));
        assertEquals(2, pool.openCount());
        assertEquals(2, node.awaitAccepted(2, 5000));
        pool.close();
    }

    @Test
    void maxConnectionsFailsWithNoMoreConnections() throws Exception {
        ConnectionPool pool = pool(0, 2, 0);
        pool.borrow(0);
        pool.borrow(0);
        ConnectionException e = assertThrows(ConnectionException.class, () -> pool.borrow(0));
        assertEquals(ResultCode.NO_MORE_CONNECTIONS, e.resultCode());
        assertTrue(e.retryable());
        assertEquals(2, pool.openCount());
        pool.close();
    }

    @Test
    void waiterGetsTheNextReleasedConnection() throws Exception {
        ConnectionPool pool = pool(0, 1, 0);
        Connection only = pool.borrow(0);
        CompletableFuture<Connection> waiter = borrowAsync(pool);
        awaitWaiters(pool, 1);
        pool.release(only);
        assertSame(only, waiter.get(30, TimeUnit.SECONDS));
        assertEquals(1, node.awaitAccepted(1, 5000));
        pool.close();
    }

    @Test
    void discardedConnectionIsClosedAndNeverReused() throws Exception {
        ConnectionPool pool = pool(0, 2, 0);
        Connection broken = pool.borrow(0);
        pool.discard(broken);
        assertTrue(broken.isClosed());
        assertEquals(0, pool.openCount());
        Connection next = pool.borrow(0);
        assertNotSame(broken, next);
        assertEquals(2, node.awaitAccepted(2, 5000));
        assertEquals(1, node.awaitOpenConnections(1, 5000));
        pool.close();
    }

    @Test
    void idleConnectionsAreEvicted() throws Exception {
        ConnectionPool pool = pool(0, 4, 1);
        Connection first = pool.borrow(0);
        pool.release(first);
        assertSame(first, pool.borrow(0), "not idle longer than the limit yet");
        pool.release(first);
        idleClock.addAndGet(2);
        Connection second = pool.borrow(0);
        assertNotSame(first, second, "the idle one expired (1 ns idle limit)");
        assertTrue(first.isClosed());
        pool.release(second);
        assertEquals(0, pool.trimIdle(), "just released");
        idleClock.addAndGet(2);
        assertEquals(1, pool.trimIdle());
        assertEquals(0, pool.openCount());
        pool.close();
    }

    @Test
    void trimKeepsTheMinimumAndFillRestoresIt() throws Exception {
        ConnectionPool pool = pool(2, 4, 1);
        assertEquals(null, pool.fillToMin());
        assertEquals(2, pool.openCount());
        assertEquals(2, pool.idleCount());
        idleClock.addAndGet(2);
        assertEquals(0, pool.trimIdle(), "never below min");
        Connection c = pool.borrow(0);
        pool.discard(c);
        assertEquals(null, pool.fillToMin());
        assertEquals(2, pool.openCount());
        pool.close();
    }

    @Test
    void buffersGrowAndShrinkBackOnRelease() throws Exception {
        ConnectionPool pool = pool(0, 1, 0);
        Connection c = pool.borrow(0);
        assertEquals(Connection.INITIAL_BUFFER, c.bufferSize());
        c.buffer(100_000);
        assertEquals(100_000, c.bufferSize(), "kept: below the cap");
        pool.release(c);
        assertEquals(100_000, pool.borrow(0).bufferSize());
        c.buffer(1_000_000);
        pool.release(c);
        assertEquals(Connection.INITIAL_BUFFER, c.bufferSize(), "shrunk: above the cap");
        pool.close();
    }

    @Test
    void closeClosesBorrowedAndIdleConnections() throws Exception {
        ConnectionPool pool = pool(0, 4, 0);
        Connection borrowed = pool.borrow(0);
        pool.release(pool.borrow(0));
        pool.close();
        assertTrue(borrowed.isClosed());
        assertEquals(0, pool.openCount());
        assertThrows(ClientClosedException.class, () -> pool.borrow(0));
        assertEquals(0, node.awaitOpenConnections(0, 5000));
    }

    @Test
    void infoOverAPooledConnection() throws Exception {
        ConnectionPool pool = pool(0, 1, 0);
        Connection c = pool.borrow(0);
        c.setTimeouts(1000, 0);
        Map<String, String> answer = Info.request(c, List.of("node", "build"));
        assertEquals(Map.of("node", "N1", "build", "8.1.2.0"), answer);
        pool.release(c);
        pool.close();
    }

    @Test
    void concurrentBorrowAndReturnUnderContention() throws Exception {
        int max = 4;
        int threads = 16;
        int rounds = 400;
        ConnectionPool pool = pool(0, max, 0);
        Map<Connection, Thread> owners = new ConcurrentHashMap<>();
        Set<Connection> discarded = ConcurrentHashMap.newKeySet();
        AtomicInteger exchanges = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(42 + t);
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        Connection c = pool.borrow(TimeUnit.SECONDS.toNanos(30));
                        assertEquals(null, owners.putIfAbsent(c, Thread.currentThread()), "borrowed twice at once");
                        assertFalse(c.isClosed(), "a closed connection was handed out");
                        assertTrue(pool.openCount() <= max, "more than max open");
                        if (random.nextInt(16) == 0) {
                            c.setTimeouts(5000, 0);
                            assertEquals("N1", Info.request(c, List.of("node")).get("node"));
                            exchanges.incrementAndGet();
                        }
                        if (random.nextInt(4) == 0) {
                            Thread.yield();
                        }
                        owners.remove(c);
                        if (random.nextInt(10) == 0) {
                            discarded.add(c);
                            pool.discard(c);
                        } else {
                            pool.release(c);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join(TimeUnit.SECONDS.toMillis(60));
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertTrue(exchanges.get() > 0);
        assertTrue(pool.openCount() <= max);
        assertEquals(pool.openCount(), pool.idleCount(), "every connection came back");
        assertEquals(0, pool.inUseCount());
        assertEquals(0, pool.waiters());
        for (Connection c : discarded) {
            assertTrue(c.isClosed());
        }
        Set<Connection> idle = ConcurrentHashMap.newKeySet();
        int open = pool.openCount();
        for (int i = 0; i < open; i++) {
            Connection c = pool.borrow(0);
            assertFalse(c.isClosed());
            assertFalse(discarded.contains(c), "a discarded connection was reused");
            assertTrue(idle.add(c), "the idle stack holds a connection twice");
        }
        assertEquals(node.awaitOpenConnections(open, 5000), open, "the server sees exactly the open ones");
        pool.close();
    }

    @Test
    void exhaustionThenReleaseAndDiscardWakeWaiters() throws Exception {
        ConnectionPool pool = pool(0, 2, 0);
        Connection a = pool.borrow(0);
        Connection b = pool.borrow(0);
        long start = System.nanoTime();
        ConnectionException e = assertThrows(ConnectionException.class, () -> pool.borrow(TimeUnit.MILLISECONDS.toNanos(50)));
        assertEquals(ResultCode.NO_MORE_CONNECTIONS, e.resultCode());
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(50), "waited the given time");
        assertEquals(0, pool.waiters());
        assertEquals(2, pool.inUseCount());

        CompletableFuture<Connection> first = borrowAsync(pool);
        CompletableFuture<Connection> second = borrowAsync(pool);
        awaitWaiters(pool, 2);
        pool.release(a);
        pool.discard(b);
        Connection got1 = first.get(30, TimeUnit.SECONDS);
        Connection got2 = second.get(30, TimeUnit.SECONDS);
        assertTrue(got1 == a || got2 == a, "one waiter got the released connection");
        assertTrue(got1 != b && got2 != b, "the discarded one was not handed out");
        assertFalse(got1.isClosed() || got2.isClosed());
        assertEquals(2, pool.openCount());
        assertEquals(3, node.awaitAccepted(3, 5000), "the discard made room for a new connection");
        pool.close();
    }

    /** A borrow on a thread of its own (the common pool may have a single thread, busy with another borrow). */
    private static CompletableFuture<Connection> borrowAsync(ConnectionPool pool) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return pool.borrow(TimeUnit.SECONDS.toNanos(30));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }, task -> {
            Thread t = new Thread(task, "borrower");
            t.setDaemon(true);
            t.start();
        });
    }

    private static void awaitWaiters(ConnectionPool pool, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pool.waiters() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + pool.waiters() + " of " + count + " borrowers are waiting after 30 s");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void brokenConnectionReleasedIsClosedAndNeverReused() throws Exception {
        ConnectionPool pool = pool(0, 2, 0);
        Connection broken = pool.borrow(0);
        broken.close();
        pool.release(broken);
        assertEquals(0, pool.openCount());
        assertEquals(0, pool.idleCount());
        Connection next = pool.borrow(0);
        assertNotSame(broken, next);
        pool.discard(broken);
        assertEquals(1, pool.openCount(), "a second discard of the same connection counts nothing");
        pool.close();
    }

    @Test
    void statsCountInUseAndIdle() throws Exception {
        ConnectionPool pool = pool(0, 4, 0);
        Connection a = pool.borrow(0);
        Connection b = pool.borrow(0);
        pool.borrow(0);
        pool.release(a);
        pool.release(b);
        assertEquals(3, pool.openCount());
        assertEquals(2, pool.idleCount());
        assertEquals(1, pool.inUseCount());
        pool.close();
        assertEquals(0, pool.idleCount());
        assertEquals(0, pool.inUseCount());
    }

    @Test
    void trimClosesOnlyTheStaleOnesOldestFirstAndKeepsTheOrder() throws Exception {
        ConnectionPool pool = pool(1, 4, TimeUnit.MILLISECONDS.toNanos(200));
        Connection a = pool.borrow(0);
        Connection b = pool.borrow(0);
        Connection c = pool.borrow(0);
        Connection d = pool.borrow(0);
        pool.release(a);
        pool.release(b);
        idleClock.addAndGet(TimeUnit.MILLISECONDS.toNanos(300));
        pool.release(c);
        pool.release(d);
        assertEquals(2, pool.trimIdle(), "a and b are stale");
        assertTrue(a.isClosed() && b.isClosed());
        assertEquals(2, pool.openCount());
        assertEquals(0, pool.trimIdle());
        assertSame(d, pool.borrow(0), "order kept: most recent first");
        assertSame(c, pool.borrow(0));
        pool.close();
    }
}
