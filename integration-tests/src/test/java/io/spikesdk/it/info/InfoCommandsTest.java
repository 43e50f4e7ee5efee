package io.spikesdk.it.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Info;
import com.aerospike.client.cluster.Connection;
import io.spikesdk.api.Host;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testfixtures.RealServerConfig;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The info commands clients send while connecting and tending — the official Java client's and the
 * C-client-based clients' (Node.js, Python, ...) — and the answers' formats, pinned from a CE 8.1.2.0
 * node. Every request goes over the official client's raw info connection, one per test where the
 * connection matters ({@code user-agent-set} is accepted once per connection).
 */
class InfoCommandsTest {
    private static final Pattern NODE_ID = Pattern.compile("[0-9A-F]+");
    private static final Pattern UINT = Pattern.compile("\\d+");
    private static final Pattern BITMAP = Pattern.compile("[A-Za-z0-9+/]{682}(==|[A-Za-z0-9+/]=|[A-Za-z0-9+/]{2})");
    private static final Pattern PEERS = Pattern.compile("\\d+,3000,\\[(\\[[0-9A-F]+,[^,]*,\\[[^]]*]](,|(?=])))*]");
    private static final Pattern BUILD = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    /** A CE 8.1.2.0 node's {@code features}, in order: a node may leave tokens out, never add or reorder. */
    private static final List<String> REAL_FEATURES = List.of("batch-any", "batch-index", "blob-bits", "cdt-index",
            "cdt-list", "cdt-map", "cluster-stable", "float", "geo", "sindex-exists", "peers", "pipelining", "pquery",
            "pscans", "query-show", "relaxed-sc", "replicas", "replicas-all", "replicas-master", "replicas-max",
            "truncate-namespace", "udf");
    /** The keys of {@code get-config:context=service}, in order (a node may list fewer, never others). */
    private static final List<String> SERVICE_CONFIG_KEYS = List.of("advertise-ipv6", "auto-pin",
            "batch-index-threads", "batch-max-buffers-per-queue", "batch-max-requests", "batch-max-unused-buffers",
            "cgroup-mem-tracking", "cluster-name", "debug-allocations", "disable-udf-execution",
            "enable-benchmarks-fabric", "enable-health-check", "enable-hist-info", "enforce-best-practices",
            "indent-allocations", "info-max-ms", "info-threads", "keep-caps-ssd-health", "log-local-time",
            "log-millis", "microsecond-histograms", "migrate-fill-delay", "migrate-max-num-incoming",
            "migrate-threads", "min-cluster-size", "node-id", "node-id-interface", "os-group-perms", "pidfile",
            "poison-allocations", "proto-fd-idle-ms", "proto-fd-max", "quarantine-allocations", "query-max-done",
            "query-threads-limit", "run-as-daemon", "secrets-address-port", "secrets-tls-context",
            "secrets-uds-path", "service-threads", "sindex-builder-threads", "sindex-gc-period", "stay-quiesced",
            "ticker-interval", "tls-refresh-period", "transaction-max-ms", "transaction-retry-ms", "vault-ca",
            "vault-namespace", "vault-path", "vault-token-file", "vault-url", "work-directory");
    /** The service part of {@code get-config:context=network}, in order (heartbeat, fabric and admin follow). */
    private static final List<String> NETWORK_SERVICE_KEYS = List.of("service.port", "service.address",
            "service.access-port", "service.access-address", "service.alternate-access-port",
            "service.alternate-access-address", "service.tls-port", "service.tls-address", "service.tls-access-port",
            "service.tls-access-address", "service.tls-alternate-access-port",
            "service.tls-alternate-access-address", "service.tls-name", "service.disable-localhost");

    private static Connection connect() {
        Host host = TestTarget.hosts().get(0);
        return new Connection(new InetSocketAddress(host.name(), host.port()), 5000);
    }

    private static Map<String, String> ask(String... commands) {
        Connection conn = connect();
        try {
            return Info.request(conn, commands);
        } finally {
            conn.close();
        }
    }

    /** One command's answer ("" for an empty one, which the official client's parser reports as null). */
    private static String ask(String command) {
        String value = ask(new String[] {command}).get(command);
        return value == null ? "" : value;
    }

    /** A {@code k=v;k=v} answer as an ordered map (asserting its shape). */
    private static Map<String, String> pairs(String value) {
        assertFalse(value.endsWith(";"), value);
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : value.split(";")) {
            int eq = kv.indexOf('=');
            assertTrue(eq > 0, kv);
            m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return m;
    }

    private static void assertSubsequence(List<String> reference, List<String> actual) {
        int at = 0;
        for (String item : actual) {
            int found = reference.subList(at, reference.size()).indexOf(item);
            assertTrue(found >= 0, item + " is unknown or out of order in " + actual);
            at += found + 1;
        }
    }

    @Test
    void javaClientValidationAndTend() {
        Map<String, String> m = ask("node", "partition-generation", "features");
        assertTrue(NODE_ID.matcher(m.get("node")).matches(), m.get("node"));
        assertTrue(UINT.matcher(m.get("partition-generation")).matches());
        List<String> features = List.of(m.get("features").split(";"));
        assertTrue(features.contains("pscans"), "the Java client rejects a node without pscans");
        assertSubsequence(REAL_FEATURES, features);

        assertTrue(PEERS.matcher(ask("peers-clear-std")).matches(), ask("peers-clear-std"));
        Map<String, String> tend = ask("node", "peers-generation", "partition-generation", "rebalance-generation");
        assertEquals(m.get("node"), tend.get("node"));
        assertTrue(UINT.matcher(tend.get("peers-generation")).matches());
        assertTrue(UINT.matcher(tend.get("rebalance-generation")).matches());
        assertEquals("ERROR:25:enterprise only", ask("rack-ids"), "Community Edition, no racks configured");
    }

    @Test
    void replicasListEveryNamespaceWithRegimeCountAndOneBitmapPerReplica() {
        Map<String, String> m = ask("partition-generation", "replicas");
        assertTrue(UINT.matcher(m.get("partition-generation")).matches());
        List<String> names = new ArrayList<>();
        for (String entry : m.get("replicas").split(";")) {
            String[] nsAndMaps = entry.split(":", 2);
            names.add(nsAndMaps[0]);
            String[] parts = nsAndMaps[1].split(",");
            assertEquals("0", parts[0], "AP regime");
            assertEquals(Integer.parseInt(parts[1]), parts.length - 2, entry);
            for (int i = 2; i < parts.length; i++) {
                assertTrue(BITMAP.matcher(parts[i]).matches(), parts[i]);
            }
        }
        assertEquals(List.of(ask("namespaces").split(";")), names);
        assertTrue(names.contains(TestTarget.NAMESPACE));
    }

    @Test
    void cClientValidationSendsBuildAndThenItsUserAgentOncePerConnection() {
        Map<String, String> m = ask("node", "partition-generation", "build");
        assertTrue(BUILD.matcher(m.get("build")).matches(), m.get("build"));
        String agent = "user-agent-set:value="
                + Base64.getEncoder().encodeToString("1,c-7.2.0,it".getBytes(StandardCharsets.UTF_8));
        Connection conn = connect();
        try {
            assertEquals("ok", Info.request(conn, agent));
            assertEquals("ERROR:4:already set", Info.request(conn, agent));
        } finally {
            conn.close();
        }
        assertEquals("ok", ask(agent), "a new connection sets its own");
        assertEquals("ERROR:4:'value' invalid base64", ask("user-agent-set:value=abc"));
        assertEquals("ERROR:4:missing 'value'", ask("user-agent-set"));
        assertEquals("ERROR:4:missing 'value' value", ask("user-agent-set:value="));
    }

    @Test
    void namespaceConfigHasTheRealKeysAndIsTheTailOfNamespaceInfo() {
        String config = ask("get-config:context=namespace;id=" + TestTarget.NAMESPACE);
        Map<String, String> m = pairs(config);
        List<String> keys = new ArrayList<>(m.keySet());
        keys.removeIf(k -> k.startsWith("storage-engine.stripe["));
        assertEquals(RealServerConfig.NAMESPACE_KEYS, keys);
        assertTrue(Integer.parseInt(m.get("nsup-period")) > 0 || m.get("allow-ttl-without-nsup").equals("true"),
                "records may have TTLs");
        String info = ask("namespace/" + TestTarget.NAMESPACE);
        assertTrue(info.endsWith(";" + config), "namespace/<ns> ends with its configuration");
        assertEquals(config, ask("config-get:context=namespace;namespace=" + TestTarget.NAMESPACE));
    }

    @Test
    void getConfigErrors() {
        assertEquals("ERROR:20:namespace not found on node", ask("get-config:context=namespace;id=nosuch"));
        assertEquals("ERROR:20:missing 'namespace'", ask("get-config:context=namespace"));
        assertEquals("ERROR:4:invalid context", ask("get-config:context=nosuch"));
        assertEquals("ERROR:4:missing 'context'", ask("get-config:id=test"));
        assertEquals("", ask("get-config:context=security"), "no security on Community Edition");
        assertEquals("", ask("get-config:context=xdr"), "no XDR on Community Edition");
    }

    @Test
    void serviceAndNetworkConfigDescribeTheNodeUnderTheRealKeys() {
        Map<String, String> service = pairs(ask("get-config:context=service"));
        assertSubsequence(SERVICE_CONFIG_KEYS, new ArrayList<>(service.keySet()));
        assertEquals(ask("node"), service.get("node-id"));
        assertEquals(ask("cluster-name"), service.get("cluster-name"));
        Map<String, String> network = pairs(ask("get-config:context=network"));
        List<String> serviceKeys = new ArrayList<>(network.keySet());
        serviceKeys.removeIf(k -> !k.startsWith("service."));
        assertSubsequence(NETWORK_SERVICE_KEYS, serviceKeys);
        assertEquals(String.valueOf(TestTarget.hosts().get(0).port()), network.get("service.port"));
        assertEquals(ask("get-config:context=service") + ";" + ask("get-config:context=network"), ask("get-config"));
    }

    @Test
    void clusterStableChecksSizeAndNamespace() {
        String key = ask("cluster-stable");
        assertTrue(NODE_ID.matcher(key).matches(), key);
        int size = Integer.parseInt(pairs(ask("statistics")).get("cluster_size"));
        assertEquals(key, ask("cluster-stable:size=" + size + ";namespace=" + TestTarget.NAMESPACE));
        assertEquals("ERROR:7:cluster not specified size", ask("cluster-stable:size=" + (size + 1)));
        assertEquals("ERROR:20:namespace not found on node", ask("cluster-stable:namespace=nosuch"));
    }

    @Test
    void enterpriseOnlyCommandsAndSmallAnswers() {
        for (String ee : List.of("peers-tls-std", "service-tls-std", "racks", "roster", "quiesce", "xdr-get-filter")) {
            assertEquals("ERROR:25:enterprise only", ask(ee), ee);
        }
        assertEquals(ask("node"), ask("name"));
        assertEquals(ask("service-clear-std"), ask("service"));
        assertEquals("admin=false", ask("connection"));
        assertTrue(UINT.matcher(ask("objects")).matches());
        assertEquals("ok", ask("status"));
    }

    @Test
    void queryShowFindsNoUnknownJob() {
        assertEquals("ERROR:2:job not found", ask("query-show:id=987654321987"));
        assertEquals("ERROR:4:bad id", ask("query-show:id=abc"));
        assertEquals("ERROR:4:missing 'id' value", ask("query-show:id="));
    }

    @Test
    void unknownCommandsAreUnrecognized() {
        assertEquals("ERROR:4:unrecognized command", ask("nosuchcommand"));
        assertEquals("ERROR:4:unrecognized command", ask("bins"));
        assertEquals("ERROR:4:unrecognized command", ask("cluster-generation-id"));
    }
}
