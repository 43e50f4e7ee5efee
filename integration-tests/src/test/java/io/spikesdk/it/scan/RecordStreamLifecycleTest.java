package io.spikesdk.it.scan;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClusterStats;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a {@link RecordStream} does with its node readers and their connections: closed mid-scan they stop and their
 * connections are closed (the client's pool has none in use and gained no idle one, the server counts them closed);
 * read to the end they return their connections to the pool; dropped without a close, garbage collection closes it.
 * The callback flavour: an exception from the callback stops the scan and reaches the caller. Each scan reads more
 * records than the stream buffers, so its readers wait for room while the test holds the stream.
 */
class RecordStreamLifecycleTest {
    private static final String SET = "it_stream_lifecycle";
    private static final int RECORDS = 3000;
    private static AerospikeClient client;

    @BeforeAll
    static void writeRecords() {
        client = Aerospike.client(TestTarget.config().build()).connect();
        for (int i = 0; i < RECORDS; i++) {
            client.put(Key.of(TestTarget.NAMESPACE, SET, i), Bin.of("n", i), Bin.of("pad", "x".repeat(100)));
        }
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static ClusterStats stats() {
        return client.cluster().stats();
    }

    /** Connections the servers closed so far, over all nodes ({@code client_connections_closed}). */
    private static long serverClosedConnections() {
        return client.infoAll("statistics").values().stream().mapToLong(stats -> {
            for (String pair : stats.split(";")) {
                if (pair.startsWith("client_connections_closed=")) {
                    return Long.parseLong(pair.substring(pair.indexOf('=') + 1));
                }
            }
            throw new AssertionError("no client_connections_closed in " + stats);
        }).sum();
    }

    /** Waits for what the readers and the servers do on their own threads after the test's last call. */
    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private static RecordStream openAndReadOne() {
        RecordStream stream = client.scan(ScanPolicy.builder().maxConcurrentNodes(1).build(), TestTarget.NAMESPACE,
            SET);
        assertTrue(stream.hasNext());
        stream.next();
        return stream;
    }

    @Test
    void closeMidStreamStopsTheReaderAndClosesItsConnection() {
        awaitTrue(() -> stats().connectionsInUse() == 0, "no connection is in use before the scan");
        long serverClosedBefore = serverClosedConnections();
        RecordStream stream = openAndReadOne();
        assertEquals(1, stats().connectionsInUse());
        int pooledWhileReading = stats().connectionsInUse() + stats().connectionsIdle();

        stream.close();
        assertFalse(stream.hasNext());
        awaitTrue(() -> stats().connectionsInUse() == 0, "the reader gave its connection up");
        assertEquals(pooledWhileReading - 1, stats().connectionsIdle(), "the connection of a stopped scan is closed");
        awaitTrue(() -> serverClosedConnections() > serverClosedBefore, "the server saw the connection closed");
        stream.close();
    }

    @Test
    void aStreamReadToTheEndReturnsItsConnectionsToThePool() {
        awaitTrue(() -> stats().connectionsInUse() == 0, "no connection is in use before the scan");
        int read = 0;
        RecordStream stream = client.scan(null, TestTarget.NAMESPACE, SET);
        while (stream.hasNext()) {
            stream.next();
            read++;
        }
        assertEquals(RECORDS, read);
        assertEquals(0, stats().connectionsInUse());
        assertTrue(stats().connectionsIdle() >= 1);
        assertFalse(stream.hasNext());
        stream.close();
    }

    @Test
    void aStreamNobodyHoldsIsClosedWhenGarbageCollected() {
        awaitTrue(() -> stats().connectionsInUse() == 0, "no connection is in use before the scan");
        openAndReadOne();
        assertEquals(1, stats().connectionsInUse());
        awaitTrue(() -> {
            System.gc();
            return stats().connectionsInUse() == 0;
        }, "the dropped stream's reader gave its connection up");
    }

    @Test
    void anExceptionFromTheCallbackStopsTheScanAndReachesTheCaller() {
        for (int nodesAtOnce : new int[] {1, 0}) {
            awaitTrue(() -> stats().connectionsInUse() == 0, "no connection is in use before the scan");
            IllegalStateException stop = new IllegalStateException("stop at 5");
            AtomicInteger calls = new AtomicInteger();
            Consumer<KeyRecord> failAtFive = r -> {
                if (calls.incrementAndGet() == 5) {
                    throw stop;
                }
            };
            assertSame(stop, assertThrows(IllegalStateException.class, () -> client.scan(
                ScanPolicy.builder().maxConcurrentNodes(nodesAtOnce).build(), TestTarget.NAMESPACE, SET, failAtFive)));
            int callsWhenThrown = calls.get();
            assertTrue(callsWhenThrown < RECORDS, "calls: " + callsWhenThrown);
            assertEquals(0, stats().connectionsInUse());
            assertEquals(callsWhenThrown, calls.get(), "no call after the scan returned");

            calls.set(0);
            assertSame(stop, assertThrows(IllegalStateException.class, () -> client.query(
                QueryPolicy.builder().maxConcurrentNodes(nodesAtOnce).build(),
                Statement.builder(TestTarget.NAMESPACE).set(SET).build(), failAtFive)));
            assertEquals(0, stats().connectionsInUse());
        }
    }
}
