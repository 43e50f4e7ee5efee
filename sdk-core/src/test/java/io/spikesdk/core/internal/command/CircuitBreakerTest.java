package io.spikesdk.core.internal.command;

import io.spikesdk.core.internal.ClientInternals;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ClusterStats;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Replica;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.internal.cluster.TendingTestAccess;
import io.spikesdk.core.testing.FakeCluster;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-node circuit breaker (maxErrorRate per errorRateWindow tends). */
class CircuitBreakerTest {
    private static final Key KEY = Key.of("test", "s", "breaker");
    private FakeCluster cluster;
    private SpikeClient client;
    private int master;
    private int replica;

    private void start(UnaryOperator<io.spikesdk.api.ClientConfig.Builder> config) throws Exception {
        cluster = new FakeCluster(2, 2, "test");
        client = TendingTestAccess.client(cluster.node(0).port(), config);
        master = cluster.owner(KEY.partitionId(), 0);
        replica = cluster.owner(KEY.partitionId(), 1);
        cluster.node(master).respondWith((f, i) -> FakeNode.Action.stall());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        cluster.close();
    }

    private static Policy read(Replica replica, int retries) {
        return Policy.builder().replica(replica).maxRetries(retries).socketTimeout(250).totalTimeout(0).build();
    }

    private ClusterStats.NodeStats stats(int index) {
        return client.cluster().stats().nodes().stream().filter(s -> s.node().name().equals(FakeCluster.name(index)))
                .findFirst().orElseThrow();
    }

    @Test
    void sickNodeIsSkippedUntilTheWindowEnds() throws Exception {
        start(b -> b.maxErrorRate(2).errorRateWindow(1));
        for (int i = 0; i < 3; i++) {
            assertNotNull(client.get(read(Replica.SEQUENCE, 1), KEY), "the replica answers the retry");
        }
        assertEquals(3, cluster.node(master).awaitMessages(3, 2000), "3 timeouts: over the max of 2");

        assertNotNull(client.get(read(Replica.SEQUENCE, 1), KEY));
        assertEquals(3, cluster.node(master).messageCount(), "the open breaker sends nothing to the master");
        assertEquals(4, cluster.node(replica).messageCount());
        assertEquals(3, stats(master).timeouts());
        assertEquals(1, stats(master).errors(), "the refused attempt");
        assertEquals(3, stats(master).commands());

        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(read(Replica.MASTER, 0), KEY));
        assertEquals(ResultCode.MAX_ERROR_RATE, e.resultCode());
        assertEquals(1, e.attempts());
        assertTrue(e.getMessage().contains("maxErrorRate"), e.getMessage());
        assertEquals(FakeCluster.name(master), e.node());

        ClientInternals.cluster(client).tend();
        cluster.node(master).respondWith((f, i) -> FakeNode.Action.reply(FakeNode.reply(0, 1, 0)));
        assertNotNull(client.get(read(Replica.MASTER, 0), KEY), "a new window: the master is tried again");
        assertEquals(4, cluster.node(master).messageCount());
    }

    @Test
    void windowSpansSeveralTends() throws Exception {
        start(b -> b.maxErrorRate(1).errorRateWindow(3));
        client.get(read(Replica.SEQUENCE, 1), KEY);
        client.get(read(Replica.SEQUENCE, 1), KEY);
        cluster.node(master).awaitMessages(2, 2000);
        ClientInternals.cluster(client).tend();
        ClientInternals.cluster(client).tend();
        assertEquals(ResultCode.MAX_ERROR_RATE,
                assertThrows(AerospikeException.class, () -> client.get(read(Replica.MASTER, 0), KEY)).resultCode(),
                "2 tends of a 3-tend window: still open");
        ClientInternals.cluster(client).tend();
        cluster.node(master).respondWith((f, i) -> FakeNode.Action.reply(FakeNode.reply(0, 1, 0)));
        assertNotNull(client.get(read(Replica.MASTER, 0), KEY));
    }

    @Test
    void zeroDisablesTheBreaker() throws Exception {
        start(b -> b.maxErrorRate(0));
        for (int i = 0; i < 5; i++) {
            client.get(read(Replica.SEQUENCE, 1), KEY);
        }
        assertEquals(5, cluster.node(master).awaitMessages(5, 2000));
        assertEquals(0, stats(master).errors());
    }

    @Test
    void serverErrorsCountAsTheOfficialClientCounts() throws Exception {
        start(b -> b.maxErrorRate(1));
        cluster.node(master).respondWith((f, i) -> FakeNode.Action.reply(FakeNode.reply(14, 0, 0)));
        for (int i = 0; i < 3; i++) {
            assertEquals(ResultCode.KEY_BUSY,
                    assertThrows(AerospikeException.class, () -> client.get(read(Replica.MASTER, 0), KEY)).resultCode());
        }
        assertEquals(3, cluster.node(master).messageCount(), "KEY_BUSY does not open the breaker");
        cluster.node(master).respondWith((f, i) -> FakeNode.Action.reply(FakeNode.reply(18, 0, 0)));
        for (int i = 0; i < 3; i++) {
            assertThrows(AerospikeException.class, () -> client.get(read(Replica.MASTER, 0), KEY));
        }
        assertEquals(5, cluster.node(master).messageCount(), "DEVICE_OVERLOAD does, after 2 (max 1)");
    }
}
