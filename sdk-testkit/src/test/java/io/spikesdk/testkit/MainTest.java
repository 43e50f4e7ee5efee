package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.testkit.support.RawConnection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The standalone entry point, run in-process. */
class MainTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void startsPrintsTheReadyLineAndServesTheOfficialClient() {
        Main.Launch launch = Main.launch(new String[] {"--port", "0", "--namespace", "test", "--namespace", "bar"},
                out, err);
        try (EmbeddedAerospike server = launch.server()) {
            Matcher m = Pattern.compile("Spike embedded Aerospike server ready on 127\\.0\\.0\\.1:(\\d+) "
                    + "\\(namespaces: test, bar\\)").matcher(outBytes.toString(StandardCharsets.UTF_8));
            assertTrue(m.find(), outBytes.toString(StandardCharsets.UTF_8));
            int port = Integer.parseInt(m.group(1));
            assertEquals(server.port(), port);
            ClientPolicy policy = new ClientPolicy();
            policy.timeout = 3_000;
            try (AerospikeClient client = new AerospikeClient(policy, "127.0.0.1", port)) {
                Key key = new Key("bar", "main", "k");
                client.put(null, key, new Bin("v", 1));
                assertEquals(1L, client.get(null, key).getLong("v"));
            }
        }
    }

    @Test
    void theStandaloneServerAnswersTheTestkitInfoCommands() throws Exception {
        Main.Launch launch = Main.launch(new String[] {"--port", "0"}, out, err);
        try (EmbeddedAerospike server = launch.server();
                RawConnection raw = new RawConnection("127.0.0.1", server.port())) {
            ClientPolicy policy = new ClientPolicy();
            policy.timeout = 3_000;
            try (AerospikeClient client = new AerospikeClient(policy, "127.0.0.1", server.port())) {
                WritePolicy minute = new WritePolicy();
                minute.expiration = 60;
                client.put(minute, new Key("test", "main", "ttl"), new Bin("v", 1));
                client.put(null, new Key("test", "main", "kept"), new Bin("v", 2));
                assertEquals("ok", raw.info("testkit-advance:ms=60000").get("testkit-advance:ms=60000"));
                assertNull(client.get(null, new Key("test", "main", "ttl")));
                assertTrue(raw.info("testkit-clock").get("testkit-clock").endsWith(";offset=60000"));
                assertEquals("ok", raw.info("testkit-reset").get("testkit-reset"));
                assertNull(client.get(null, new Key("test", "main", "kept")));
                assertTrue(raw.info("testkit-clock").get("testkit-clock").endsWith(";offset=0"));
            }
        }
    }

    @Test
    void startsAClusterWithOneReadyLinePerNode() {
        Main.Launch launch = Main.launch(new String[] {"--port", "0", "--nodes", "3", "--replication-factor", "2"},
                out, err);
        try (EmbeddedCluster cluster = launch.cluster()) {
            String printed = outBytes.toString(StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("Spike embedded Aerospike server ready on 127\\.0\\.0\\.1:(\\d+) "
                    + "\\(namespaces: test\\) node ([0-9A-F]+)").matcher(printed);
            int lines = 0;
            while (m.find()) {
                assertEquals(cluster.node(lines).port(), Integer.parseInt(m.group(1)));
                assertEquals(cluster.node(lines).nodeId(), m.group(2));
                lines++;
            }
            assertEquals(3, lines, printed);
            assertTrue(printed.contains("cluster ready: 3 nodes, replication factor 2, seeds "), printed);
            assertEquals(2, cluster.replicationFactor());
            ClientPolicy policy = new ClientPolicy();
            policy.timeout = 3_000;
            try (AerospikeClient client = new AerospikeClient(policy, "127.0.0.1", cluster.node(0).port())) {
                io.spikesdk.testkit.support.ClusterSupport.awaitNodes(client, 3);
                Key key = new Key("test", "main", "c");
                client.put(null, key, new Bin("v", 1));
                assertEquals(1L, client.get(null, key).getLong("v"));
            }
        }
        errBytes.reset();
        assertEquals(2, Main.launch(new String[] {"--nodes", "2", "--host", "0.0.0.0"}, out, err).exitCode());
        assertEquals(2, Main.launch(new String[] {"--nodes", "0"}, out, err).exitCode());
    }

    @Test
    void helpPrintsUsage() {
        Main.Launch launch = Main.launch(new String[] {"--help"}, out, err);
        assertNull(launch.server());
        assertEquals(0, launch.exitCode());
        assertTrue(outBytes.toString(StandardCharsets.UTF_8).contains("--namespace <name>"));
    }

    @Test
    void badArgumentsExitWith2() {
        for (String[] args : new String[][] {{"--port"}, {"--port", "x"}, {"--bogus", "1"}, {"--bogus"}, {"stray"},
            {"--port", "70000"}, {"--namespace", ""}}) {
            errBytes.reset();
            Main.Launch launch = Main.launch(args, out, err);
            assertNull(launch.server());
            assertEquals(2, launch.exitCode(), String.join(" ", args));
            assertTrue(errBytes.toString(StandardCharsets.UTF_8).startsWith("error: "));
        }
    }
}
