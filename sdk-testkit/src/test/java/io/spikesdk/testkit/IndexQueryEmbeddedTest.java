package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;
import io.spikesdk.testkit.support.ClusterSupport;
import io.spikesdk.testkit.support.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Index behaviour only the embedded server can show deterministically: expiry by an injected clock, and clusters. */
class IndexQueryEmbeddedTest {
    private static List<Long> query(AerospikeClient client, Filter filter) {
        Statement stmt = new Statement();
        stmt.setNamespace("test");
        stmt.setSetName("idx");
        stmt.setFilter(filter);
        List<Long> found = new ArrayList<>();
        try (RecordSet rs = client.query(null, stmt)) {
            while (rs.next()) {
                found.add(rs.getRecord().getLong("n"));
            }
        }
        return found;
    }

    @Test
    void expiredRecordsLeaveTheIndex() {
        MutableClock clock = new MutableClock(System.currentTimeMillis());
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).clock(clock).build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            client.createIndex(null, "test", "idx", "idx_n", "n", IndexType.NUMERIC).waitTillComplete();
            WritePolicy shortLived = new WritePolicy();
            shortLived.expiration = 10;
            client.put(shortLived, new Key("test", "idx", 1), new Bin("n", 7));
            client.put(null, new Key("test", "idx", 2), new Bin("n", 7));
            assertEquals(2, query(client, Filter.equal("n", 7)).size());

            clock.advance(Duration.ofSeconds(11));

            assertEquals(1, query(client, Filter.equal("n", 7)).size());
            assertTrue(Info.request(client.getNodes()[0], "sindex/test/idx_n").startsWith("entries=1;"));
        }
    }

    @Test
    void anIndexCreatedOnOneNodeServesQueriesOnEveryNodeAndEachRecordComesOnce() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 3);
            int records = 200;
            for (int i = 0; i < records; i++) {
                client.put(null, new Key("test", "idx", i), new Bin("n", i));
            }
            client.createIndex(null, "test", "idx", "idx_n", "n", IndexType.NUMERIC).waitTillComplete();
            for (Node node : client.getNodes()) {
                assertTrue(Info.request(node, "sindex-list:ns=test").contains("indexname=idx_n:set=idx:bin=n"));
            }

            List<Long> found = query(client, Filter.range("n", 50, 149));

            assertEquals(100, found.size());
            Set<Long> distinct = new HashSet<>(found);
            assertEquals(100, distinct.size(), "every record once");
            assertTrue(distinct.stream().allMatch(n -> n >= 50 && n <= 149));
        }
    }
}
