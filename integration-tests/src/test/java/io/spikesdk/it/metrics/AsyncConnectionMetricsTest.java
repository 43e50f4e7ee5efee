package io.spikesdk.it.metrics;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClusterStats;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Record;
import io.spikesdk.api.metrics.CommandHistograms;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The async client's connections report to the metrics listener like the blocking pool's: each opened and each
 * closed once, and the pool gauges of {@link io.spikesdk.api.ClusterView#stats()} count them (in use, idle).
 */
@Timeout(60)
class AsyncConnectionMetricsTest {
    private static final String SET = "it_async_conn_metrics";
    private static final int MAX_IN_FLIGHT = 4;

    @Test
    void asyncConnectionsAreCountedOpenedIdleAndClosed() throws Exception {
        CommandHistograms histograms = new CommandHistograms();
        // no blocking pool connections: every connection counted below is the async client's
        AerospikeClient client = Aerospike.client(TestTarget.config().minConnsPerNode(0).metricsListener(histograms)
            .async(AsyncConfig.builder().eventLoops(1).maxCommandsPerNode(MAX_IN_FLIGHT).build()).build()).connect();
        List<String> nodes = client.nodes().stream().map(NodeInfo::name).toList();
        try {
            assertEquals(0, opened(histograms, nodes));
            AsyncAerospikeClient async = client.async();
            Key[] keys = new Key[20];
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                keys[i] = Key.of(TestTarget.NAMESPACE, SET, "k" + i);
                calls.add(async.put(keys[i], Bin.of("i", i)));
            }
            CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
            List<CompletableFuture<Record>> gets = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Key key : keys) {
                    gets.add(async.get(key));
                }
            }
            CompletableFuture.allOf(gets.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);

            long opened = opened(histograms, nodes);
            assertTrue(opened >= 1 && opened <= (long) MAX_IN_FLIGHT * nodes.size(),
                "one event loop reuses its connections, at most one per command in flight: " + opened);
            assertEquals(0, closed(histograms, nodes));
            // a command returns its connection to the loop's pool before its future completes
            ClusterStats stats = client.cluster().stats();
            assertEquals(0, stats.connectionsInUse());
            assertEquals(opened, stats.connectionsIdle());
        } finally {
            client.close();
        }
        long opened = opened(histograms, nodes);
        assertEquals(opened, closed(histograms, nodes), "closing the client closes every async connection, once");
    }

    private static long opened(CommandHistograms histograms, List<String> nodes) {
        return nodes.stream().mapToLong(histograms::connectionsOpened).sum();
    }

    private static long closed(CommandHistograms histograms, List<String> nodes) {
        return nodes.stream().mapToLong(histograms::connectionsClosed).sum();
    }
}
