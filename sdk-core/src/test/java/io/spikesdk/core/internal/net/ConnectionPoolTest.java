package io.spikesdk.core.internal.net;

import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionPoolTest {
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
        return new ConnectionPool("N1", () -> Connection.open(address, 1000), min, max, maxIdleNanos);
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
        CompletableFuture<Connection> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return pool.borrow(TimeUnit.SECONDS.toNanos(30));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        while (pool.waiters() == 0) {
            Thread.onSpinWait();
        }
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
        Connection second = pool.borrow(0);
        assertNotSame(first, second, "the idle one expired (1 ns idle limit)");
        assertTrue(first.isClosed());
        pool.release(second);
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
}
