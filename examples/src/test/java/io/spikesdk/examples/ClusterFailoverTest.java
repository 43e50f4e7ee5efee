package io.spikesdk.examples;

import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class ClusterFailoverTest {

    @Test
    void printsTheFailover() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String victim;
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            victim = cluster.node(1).nodeId();
            ClusterFailover.run(cluster, out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(5, lines.size(), lines.toString());
        assertEquals("cluster  3 nodes found from one seed, replication factor 2", lines.get(0));
        assertEquals("wrote    100 records", lines.get(1));
        assertTrue(lines.get(2).matches("killed   node " + victim + ", master of [1-9][0-9]? of them"), lines.get(2));
        assertEquals("client   dropped " + victim + " and now routes to 2 nodes", lines.get(3));
        assertEquals("read     100 of 100 records intact", lines.get(4));
    }
}
