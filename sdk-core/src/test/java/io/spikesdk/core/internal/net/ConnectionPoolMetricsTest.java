package io.spikesdk.core.internal.net;

import io.spikesdk.api.metrics.CommandHistograms;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pool tells its metrics listener of each connection opened and closed, each once. */
class ConnectionPoolMetricsTest {
    private final CommandHistograms events = new CommandHistograms();
    private FakeNode node;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("N1", "test");
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
    }

    @Test
    void countsEachOpenAndEachCloseOnce() throws Exception {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", node.port());
        ConnectionPool pool = new ConnectionPool("N1", () -> Connection.open(address, 1000), 0, 4, 0, events);
        Connection a = pool.borrow(0);
        Connection b = pool.borrow(0);
        Connection c = pool.borrow(0);
        assertEquals(3, events.connectionsOpened("N1"));
        pool.discard(a);
        assertEquals(1, events.connectionsClosed("N1"));
        pool.release(b);
        pool.close();
        assertEquals(3, events.connectionsClosed("N1"), "the idle and the borrowed connection were closed");
        pool.discard(c);
        pool.release(b);
        assertEquals(3, events.connectionsClosed("N1"), "closing a closed connection again is not counted");
        assertEquals(3, events.connectionsOpened("N1"));
    }
}
