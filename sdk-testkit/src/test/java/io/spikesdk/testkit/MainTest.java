package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Host;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.TlsPolicy;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.support.RawConnection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void securityMakesClientsLogInAndClusterNodesShareTheUsers() throws Exception {
        Main.Launch launch = Main.launch(new String[] {"--port", "0", "--nodes", "2", "--security", "--enable-quotas"},
                out, err);
        try (EmbeddedCluster cluster = launch.cluster();
                RawConnection raw = new RawConnection("127.0.0.1", cluster.nodes().get(1).port())) {
            assertTrue(raw.info("build").containsKey("ERROR:80:not authenticated"));
            ClientPolicy admin = new ClientPolicy();
            admin.timeout = 3_000;
            admin.user = "admin";
            admin.password = "admin";
            try (AerospikeClient client = new AerospikeClient(admin, "127.0.0.1", cluster.nodes().get(0).port())) {
                client.createUser(null, "app", "pw", java.util.List.of("read-write"));
                client.createRole(null, "limited", java.util.List.of(), java.util.List.of(), 10, 10);
            }
            ClientPolicy app = new ClientPolicy();
            app.timeout = 3_000;
            app.user = "app";
            app.password = "pw";
            try (AerospikeClient client = new AerospikeClient(app, "127.0.0.1", cluster.nodes().get(1).port())) {
                for (int i = 0; i < 20; i++) {
                    Key key = new Key("test", "main", i);
                    client.put(null, key, new Bin("v", i));
                    assertEquals(i, client.get(null, key).getInt("v"));
                }
            }
        }
        assertEquals(2, Main.launch(new String[] {"--port", "0", "--enable-quotas"}, out, err).exitCode());
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
    void scNamespaceMakesANamespaceStrongConsistency() throws Exception {
        Main.Launch launch = Main.launch(new String[] {"--port", "0", "--namespace", "test", "--sc-namespace", "test",
            "--namespace", "bar", "--namespace-config", "bar:strong-consistency=true,mrt-duration=30"}, out, err);
        try (EmbeddedAerospike server = launch.server();
                RawConnection raw = new RawConnection("127.0.0.1", server.port())) {
            assertEquals(java.util.List.of("test", "bar"), server.namespaces());
            String replicas = raw.info("replicas").get("replicas");
            assertTrue(replicas.startsWith("test:1,1,") && replicas.contains(";bar:1,1,"), replicas);
            assertTrue(raw.info("namespace/bar").get("namespace/bar").contains(";mrt-duration=30;"));
            assertTrue(raw.info("namespace/test").get("namespace/test").contains(";strong-consistency=true;"));
        }
    }

    @Test
    void namespaceConfigSetsServerSettingsByTheirNames() throws Exception {
        Main.Launch launch = Main.launch(new String[] {"--port", "0", "--namespace", "bar", "--namespace-config",
            "test:nsup-period=0,max-record-size=4096"}, out, err);
        try (EmbeddedAerospike server = launch.server();
                RawConnection raw = new RawConnection("127.0.0.1", server.port())) {
            assertEquals(java.util.List.of("bar", "test"), server.namespaces());
            String config = raw.info("get-config:context=namespace;id=test")
                    .get("get-config:context=namespace;id=test");
            assertTrue(config.contains(";max-record-size=4096;") && config.contains(";nsup-period=0;"), config);
            ClientPolicy policy = new ClientPolicy();
            policy.timeout = 3_000;
            try (AerospikeClient client = new AerospikeClient(policy, "127.0.0.1", server.port())) {
                WritePolicy minute = new WritePolicy();
                minute.expiration = 60;
                com.aerospike.client.AerospikeException e = org.junit.jupiter.api.Assertions.assertThrows(
                        com.aerospike.client.AerospikeException.class,
                        () -> client.put(minute, new Key("test", "main", "ttl"), new Bin("v", 1)));
                assertEquals(22, e.getResultCode());
                client.put(minute, new Key("bar", "main", "ttl"), new Bin("v", 1));
            }
        }
    }

    @Test
    void namespaceConfigAppliesToEveryNodeOfACluster() throws Exception {
        Main.Launch launch = Main.launch(new String[] {"--port", "0", "--nodes", "2", "--replication-factor", "2",
            "--namespace-config", "test:storage-engine.evict-used-pct=50,set.orders.stop-writes-count=1"}, out, err);
        try (EmbeddedCluster cluster = launch.cluster()) {
            for (EmbeddedAerospike node : cluster.nodes()) {
                try (RawConnection raw = new RawConnection("127.0.0.1", node.port())) {
                    String config = raw.info("get-config:context=namespace;id=test")
                            .get("get-config:context=namespace;id=test");
                    assertTrue(config.contains(";storage-engine.evict-used-pct=50;"), config);
                    String set = raw.info("sets/test/orders").get("sets/test/orders");
                    assertTrue(set.contains(":stop-writes-count=1:"), set);
                }
            }
            ClientPolicy policy = new ClientPolicy();
            policy.timeout = 3_000;
            try (AerospikeClient client = new AerospikeClient(policy, "127.0.0.1", cluster.node(0).port())) {
                io.spikesdk.testkit.support.ClusterSupport.awaitNodes(client, 2);
                client.put(null, new Key("test", "orders", 1), new Bin("v", 1));
                com.aerospike.client.AerospikeException e = org.junit.jupiter.api.Assertions.assertThrows(
                        com.aerospike.client.AerospikeException.class,
                        () -> client.put(null, new Key("test", "orders", 2), new Bin("v", 2)));
                assertEquals(22, e.getResultCode());   // each node holds both copies with RF 2: the set is full
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
    void servesTlsWithPemFilesGivenOnTheCommandLine(@TempDir Path dir) {
        TestCa ca = TestCa.create("Main test CA");
        TestCertificate certificate = ca.issue("standalone.spike.test");
        String chain = certificate.writeChainPem(dir.resolve("chain.pem")).toString();
        String key = certificate.writeKeyPem(dir.resolve("key.pem")).toString();
        Main.Launch launch = Main.launch(new String[] {"--port", "0", "--tls-port", "0", "--tls-cert", chain,
            "--tls-key", key, "--tls-ca", ca.writeCertificatePem(dir.resolve("ca.pem")).toString()}, out, err);
        try (EmbeddedAerospike server = launch.server()) {
            String printed = outBytes.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains(", TLS on port " + server.tlsPort() + " (TLS name standalone.spike.test)"), printed);
            ClientPolicy policy = new ClientPolicy();
            policy.timeout = 3_000;
            policy.tlsPolicy = new TlsPolicy();
            policy.tlsPolicy.context = ca.trustingContext();
            try (AerospikeClient client = new AerospikeClient(policy,
                    new Host("127.0.0.1", "standalone.spike.test", server.tlsPort()))) {
                Key k = new Key("test", "main", "tls");
                client.put(null, k, new Bin("v", 1));
                assertEquals(1L, client.get(null, k).getLong("v"));
            }
        }
        for (String[] args : new String[][] {{"--tls-port", "0"}, {"--tls-cert", chain}, {"--tls-key", key},
            {"--tls-cert", chain, "--tls-key", dir.resolve("missing.pem").toString()},
            {"--tls-cert", chain, "--tls-key", key, "--tls-port", "70000"}}) {
            errBytes.reset();
            Main.Launch failed = Main.launch(args, out, err);
            assertNull(failed.server());
            assertEquals(2, failed.exitCode(), String.join(" ", args));
            assertTrue(errBytes.toString(StandardCharsets.UTF_8).startsWith("error: "));
        }
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
            {"--port", "70000"}, {"--namespace", ""}, {"--namespace-config", "test"},
            {"--namespace-config", "test:nsup-period"}, {"--namespace-config", "test:bogus=1"},
            {"--namespace-config", "test:nsup-period=x"}, {"--namespace-config", "test:allow-ttl-without-nsup=yes"},
            {"--namespace-config", "test:nsup-period=0,default-ttl=60"}}) {
            errBytes.reset();
            Main.Launch launch = Main.launch(args, out, err);
            assertNull(launch.server());
            assertEquals(2, launch.exitCode(), String.join(" ", args));
            assertTrue(errBytes.toString(StandardCharsets.UTF_8).startsWith("error: "));
        }
    }

    @Test
    void loadsFixturesAtStart(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("orders.json");
        Files.writeString(json, "[{\"namespace\": \"test\", \"set\": \"orders\", \"key\": \"o-1\","
                + " \"bins\": {\"total\": 4200}}]");
        Path asb = dir.resolve("more.asb");
        try (EmbeddedAerospike source = EmbeddedAerospike.builder().port(0).build().start()) {
            source.load(new java.io.ByteArrayInputStream(("[{\"namespace\": \"test\", \"set\": \"orders\","
                    + " \"key\": 7, \"bins\": {\"total\": 1}}]").getBytes(StandardCharsets.UTF_8)),
                    FixtureFormat.JSON);
            source.dump(asb);
        }
        Main.Launch launch = Main.launch(new String[] {"--port", "0", "--fixtures", json.toString(), "--fixtures",
            asb.toString()}, out, err);
        try (EmbeddedAerospike server = launch.server()) {
            String printed = outBytes.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("Loaded 1 records from " + json), printed);
            assertTrue(printed.contains("Loaded 1 records from " + asb), printed);
            ClientPolicy policy = new ClientPolicy();
            policy.timeout = 3_000;
            try (AerospikeClient client = new AerospikeClient(policy, "127.0.0.1", server.port())) {
                assertEquals(4200L, client.get(null, new Key("test", "orders", "o-1")).getLong("total"));
                assertEquals(1L, client.get(null, new Key("test", "orders", 7)).getLong("total"));
            }
        }
    }

    @Test
    void aBrokenFixtureStopsTheServerAndExits1(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "[{\"namespace\": \"nope\", \"key\": 1, \"bins\": {\"n\": 1}}]");
        Main.Launch launch = Main.launch(new String[] {"--port", "0", "--fixtures", json.toString()}, out, err);
        assertNull(launch.server());
        assertEquals(1, launch.exitCode());
        assertEquals("error: fixture " + json + " line 1 (record 1): namespace \"nope\" is not on this server "
                + "(namespaces: test)", errBytes.toString(StandardCharsets.UTF_8).trim());

        errBytes.reset();
        assertEquals(2, Main.launch(new String[] {"--fixtures", "data.csv"}, out, err).exitCode());
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).startsWith("error: cannot tell the fixture format"));
    }
}
