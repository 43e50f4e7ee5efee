package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.cluster.Node;
import io.spikesdk.core.internal.protocol.InfoCodec;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.support.Clients;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.RawConnection;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Info commands, as the official client and a raw socket see them (docs/wire-protocol.md §11, docs/embedded-server.md
 * §5).
 */
class InfoProtocolTest {
    private static final String FULL_BITMAP = "////".repeat(170) + "//8=";
    private static EmbeddedAerospike server;
    private static AerospikeClient client;
    private static Node node;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospike.builder().port(0).namespace("test").namespace("bar").clusterName("spike")
                .build().start();
        client = Clients.connect(server);
        node = client.getNodes()[0];
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void clusterTendCommands() {
        assertEquals(1, client.getNodes().length);
        assertEquals(server.nodeId(), node.getName());
        assertTrue(server.nodeId().matches("[0-9A-F]+") && !server.nodeId().startsWith("0"));
        Map<String, String> m = Info.request(null, node, "node", "partition-generation", "peers-generation",
                "rebalance-generation", "peers-clear-std", "peers-clear-alt", "cluster-name", "partitions",
                "service-clear-std", "features");
        assertEquals(server.nodeId(), m.get("node"));
        assertEquals("0", m.get("partition-generation"));
        assertEquals("0", m.get("peers-generation"));
        assertEquals("1", m.get("rebalance-generation"));
        assertEquals("0,3000,[]", m.get("peers-clear-std"));
        assertEquals("0,3000,[]", m.get("peers-clear-alt"));
        assertEquals("spike", m.get("cluster-name"));
        assertEquals("4096", m.get("partitions"));
        assertEquals("127.0.0.1:" + server.port(), m.get("service-clear-std"));
        assertEquals("batch-any;batch-index;blob-bits;cdt-index;cdt-list;cdt-map;cluster-stable;float;geo;"
                + "sindex-exists;peers;pipelining;pquery;pscans;query-show;relaxed-sc;replicas;replicas-all;"
                + "replicas-master;replicas-max;truncate-namespace;udf", m.get("features"));
    }

    @Test
    void replicasFormats() {
        assertEquals("test:0,1," + FULL_BITMAP + ";bar:0,1," + FULL_BITMAP, Info.request(node, "replicas"));
        assertEquals("test:1," + FULL_BITMAP + ";bar:1," + FULL_BITMAP, Info.request(node, "replicas-all"));
        assertEquals("test:" + FULL_BITMAP + ";bar:" + FULL_BITMAP, Info.request(node, "replicas-master"));
        assertEquals(684, FULL_BITMAP.length());
    }

    @Test
    void buildAndVersionStrings() {
        assertEquals("8.1.2.0", Info.request(node, "build"));
        assertEquals("Aerospike Community Edition build 8.1.2.0", Info.request(node, "version"));
        assertEquals("Aerospike Community Edition", Info.request(node, "edition"));
        assertTrue(Info.request(node, "release").startsWith("edition=Aerospike Community Edition;version=8.1.2.0;"));
        assertEquals("ok", Info.request(node, "status"));
        assertEquals("15", Info.request(node, "compatibility-id"));
        assertEquals("test;bar", Info.request(node, "namespaces"));
    }

    @Test
    void namespaceSetsAndStatistics() {
        client.put(null, new Key("test", "people", 1), new Bin("a", 1));
        client.put(null, new Key("test", "people", 2), new Bin("a", 2));
        String ns = Info.request(node, "namespace/test");
        assertTrue(ns.contains("objects=2;"), ns);
        assertTrue(ns.contains(";replication-factor=1;"));
        assertTrue(ns.contains(";default-ttl=0;"));
        assertTrue(ns.contains(";nsup-period=120;"));
        assertTrue(ns.contains(";max-record-size=1048576;"));
        assertEquals("type=unknown", Info.request(node, "namespace/nosuch"));
        assertTrue(Info.request(node, "sets").contains("ns=test:set=people:objects=2:tombstones=0:"));
        assertTrue(Info.request(node, "sets/test").startsWith("ns=test:set=people:objects=2:"));
        assertTrue(Info.request(node, "sets/test/people").startsWith("objects=2:tombstones=0:"));
        assertEquals("", Info.request(node, "sets/test/none"));
        assertEquals("ns_type=unknown", Info.request(node, "sets/nosuch"));
        String stats = Info.request(node, "statistics");
        assertTrue(stats.contains("cluster_size=1;"), stats);
        assertTrue(stats.contains(";cluster_principal=" + server.nodeId() + ";"));
    }

    @Test
    void unknownRemovedAndEnterpriseCommands() {
        assertEquals("ERROR:4:unrecognized command", Info.request(node, "bins"));
        assertEquals("ERROR:4:unrecognized command", Info.request(node, "bins/test"));
        assertEquals("ERROR:4:unrecognized command", Info.request(node, "nosuchcommand"));
        assertEquals("ERROR:4:unrecognized command", Info.request(node, "Node"));
        for (String ee : new String[] {"peers-tls-std", "service-tls-std", "racks", "rack-ids"}) {
            assertEquals("ERROR:25:enterprise only", Info.request(node, ee));
        }
    }

    @Test
    void framingRules() throws Exception {
        try (RawConnection raw = new RawConnection(server.host(), server.port())) {
            byte[] noNewline = InfoCodec.frame("node".getBytes(StandardCharsets.UTF_8));
            assertEquals(Proto.HEADER_SIZE, raw.exchange(noNewline).length, "no complete command: empty body");
            byte[] partial = InfoCodec.frame("node\nbuild".getBytes(StandardCharsets.UTF_8));
            assertEquals("node\t" + server.nodeId() + "\n", body(raw.exchange(partial)));
            byte[] emptyLine = InfoCodec.frame("build\n\nbuild \n".getBytes(StandardCharsets.UTF_8));
            assertEquals("build\t8.1.2.0\n\tERROR:4:unrecognized command\nbuild \tERROR:4:unrecognized command\n",
                    body(raw.exchange(emptyLine)));
            String summary = body(raw.exchange(InfoCodec.frame(new byte[0])));
            assertTrue(summary.startsWith("features\tbatch-any;batch-index;blob-bits;cdt-index;"), summary);
            assertTrue(summary.endsWith("partition-generation\t0\n"));
            assertEquals("0201000000000015", Frames.toHex(raw.exchange(InfoCodec.requestFrame("node"))).substring(0, 16));
        }
    }

    private static String body(byte[] frame) {
        return new String(frame, Proto.HEADER_SIZE, frame.length - Proto.HEADER_SIZE, StandardCharsets.UTF_8);
    }
}
