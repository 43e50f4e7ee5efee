package io.spikesdk.it.scan;

import io.spikesdk.it.AsyncBridge;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Filter;
import io.spikesdk.api.Host;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our client's scans and index queries over the 3-node embedded cluster (RF 2): every record exactly once, also when
 * a node is killed in the middle of the scan or query (its unfinished partitions are read again from their next replica, resumed after the
 * last digest received).
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async"})
class ScanClusterTest {
    @Parameter
    String mode;

    private static final int RECORDS = 600;

    @Test
    @Timeout(60)
    void everyRecordOnceAlsoWhenANodeDiesMidScan() {
        Assumptions.assumeFalse(TestTarget.isRealServer(), "needs embedded servers");
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).namespace("test")
                .build().start();
                AerospikeClient base = Aerospike.client(ClientConfig.builder().hosts(hosts(cluster)).build())
                    .connect()) {
            AerospikeClient client = AsyncBridge.of(mode, base);
            WritePolicy sendKey = WritePolicy.builder().sendKey(true).build();
            for (int i = 0; i < RECORDS; i++) {
                client.put(sendKey, Key.of("test", "scan_cluster", i), Bin.of("n", i));
            }
            assertEquals(3, client.nodes().size());
            assertOncePerRecord(read(client, ScanPolicy.DEFAULT, null));

            AtomicInteger received = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            List<KeyRecord> records = read(client, ScanPolicy.builder().maxConcurrentNodes(1).build(), r -> {
                if (received.incrementAndGet() == RECORDS / 6 && killed.compareAndSet(false, true)) {
                    cluster.killNode(1);
                }
            });
            assertTrue(killed.get());
            assertOncePerRecord(records);
            assertEquals(mode.equals("async"), AsyncBridge.asyncCalls(client) > 0, "ran " + mode);
        }
    }

    @Test
    @Timeout(60)
    void everyQueryMatchOnceAlsoWhenANodeDiesMidQuery() {
        Assumptions.assumeFalse(TestTarget.isRealServer(), "needs embedded servers");
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).namespace("test")
                .build().start();
                AerospikeClient base = Aerospike.client(ClientConfig.builder().hosts(hosts(cluster)).build())
                    .connect()) {
            AerospikeClient client = AsyncBridge.of(mode, base);
            WritePolicy sendKey = WritePolicy.builder().sendKey(true).build();
            for (int i = 0; i < RECORDS; i++) {
                client.put(sendKey, Key.of("test", "query_cluster", i), Bin.of("n", i));
            }
            client.createIndex("test", "query_cluster", "query_cluster_n", "n", IndexType.NUMERIC).waitTillComplete();
            Statement statement = Statement.builder("test").set("query_cluster")
                .filter(Filter.range("n", 0, RECORDS - 1)).build();
            List<KeyRecord> all = Collections.synchronizedList(new ArrayList<>());
            client.query(null, statement, all::add);
            assertOncePerRecord(all);

            AtomicInteger received = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            List<KeyRecord> records = Collections.synchronizedList(new ArrayList<>());
            client.query(QueryPolicy.builder().maxConcurrentNodes(1).build(), statement, r -> {
                records.add(r);
                if (received.incrementAndGet() == RECORDS / 6 && killed.compareAndSet(false, true)) {
                    cluster.killNode(1);
                }
            });
            assertTrue(killed.get());
            assertOncePerRecord(records);
            assertEquals(mode.equals("async"), AsyncBridge.asyncCalls(client) > 0, "ran " + mode);
        }
    }

    private static List<KeyRecord> read(AerospikeClient client, ScanPolicy policy, java.util.function.Consumer<KeyRecord> hook) {
        List<KeyRecord> records = Collections.synchronizedList(new ArrayList<>());
        client.scan(policy, "test", "scan_cluster", r -> {
            records.add(r);
            if (hook != null) {
                hook.accept(r);
            }
        });
        return records;
    }

    private static void assertOncePerRecord(List<KeyRecord> records) {
        Map<Long, Integer> counts = new HashMap<>();
        for (KeyRecord r : records) {
            counts.merge(r.record().getLong("n"), 1, Integer::sum);
        }
        assertEquals(RECORDS, counts.size(), "distinct records");
        counts.forEach((n, c) -> assertEquals(1, c, "record " + n));
    }

    private static Host[] hosts(EmbeddedCluster cluster) {
        return cluster.nodes().stream().map(n -> Host.of(n.host(), n.port())).toArray(Host[]::new);
    }
}
