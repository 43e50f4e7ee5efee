package io.spikesdk.testkit.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testkit.internal.storage.NamespaceConfig;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ServerClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigAnswersTest {
    /**
     * The keys of {@code get-config:context=namespace} on a CE 8.1.2.0 in-memory namespace, in order
     * (docs/embedded-server.md §5, the tail of {@code namespace/test}), without the memory engine's stripes.
     */
    static final List<String> REAL_NAMESPACE_KEYS = List.of("active-rack", "allow-ttl-without-nsup",
            "apply-ttl-reductions", "auto-revive", "background-query-max-rps", "conflict-resolution-policy",
            "conflict-resolve-writes", "default-read-touch-ttl-pct", "default-ttl", "disable-cold-start-eviction",
            "disable-mrt-writes", "disable-write-dup-res", "disallow-expunge", "disallow-null-setname",
            "enable-benchmarks-batch-sub", "enable-benchmarks-ops-sub", "enable-benchmarks-read",
            "enable-benchmarks-udf", "enable-benchmarks-udf-sub", "enable-benchmarks-write", "enable-hist-proxy",
            "evict-hist-buckets", "evict-indexes-memory-pct", "evict-tenths-pct", "force-long-queries",
            "ignore-migrate-fill-delay", "index-stage-size", "indexes-memory-budget", "inline-short-queries",
            "max-record-size", "migrate-order", "migrate-retransmit-ms", "migrate-skip-unreadable", "migrate-sleep",
            "mrt-duration", "nsup-hist-period", "nsup-period", "nsup-threads", "partition-tree-sprigs",
            "prefer-uniform-balance", "rack-id", "read-consistency-level-override", "reject-non-xdr-writes",
            "reject-xdr-writes", "replication-factor", "sindex-stage-size", "single-query-threads",
            "stop-writes-sys-memory-pct", "strong-consistency", "strong-consistency-allow-expunge",
            "tomb-raider-eligible-age", "tomb-raider-period", "tomb-raider-unmark-threads",
            "transaction-pending-limit", "truncate-threads", "write-commit-level-override", "xdr-bin-tombstone-ttl",
            "xdr-tomb-raider-period", "xdr-tomb-raider-threads", "geo2dsphere-within.strict",
            "geo2dsphere-within.min-level", "geo2dsphere-within.max-level", "geo2dsphere-within.max-cells",
            "geo2dsphere-within.level-mod", "geo2dsphere-within.earth-radius-meters", "index-type", "sindex-type",
            "storage-engine", "storage-engine.commit-to-device", "storage-engine.compression",
            "storage-engine.compression-acceleration", "storage-engine.compression-level",
            "storage-engine.data-size", "storage-engine.defrag-lwm-pct", "storage-engine.defrag-queue-min",
            "storage-engine.defrag-sleep", "storage-engine.defrag-startup-minimum", "storage-engine.direct-files",
            "storage-engine.disable-odsync", "storage-engine.enable-benchmarks-storage",
            "storage-engine.encryption-key-file", "storage-engine.encryption-old-key-file",
            "storage-engine.evict-used-pct", "storage-engine.filesize", "storage-engine.flush-max-ms",
            "storage-engine.max-write-cache", "storage-engine.stop-writes-avail-pct",
            "storage-engine.stop-writes-used-pct", "storage-engine.tomb-raider-sleep");

    private static final NodeIdentity NODE = new NodeIdentity(0xBB9000112345678L, "127.0.0.1", 3456, "spike", 0);
    private static final TopologyView VIEW = new SingleNodeTopology(NODE);

    private final ConfigAnswers answers = new ConfigAnswers(NODE, namespaces());

    private static Map<String, NamespaceStore> namespaces() {
        ServerClock clock = new ServerClock(() -> 1_700_000_000_000L);
        Map<String, NamespaceStore> m = new LinkedHashMap<>();
        m.put("test", new NamespaceStore(new NamespaceConfig("test", 1024 * 1024, 0), clock));
        m.put("bar", new NamespaceStore(new NamespaceConfig("bar", 128 * 1024, 3600), clock));
        return m;
    }

    static Map<String, String> parse(String value) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : value.split(";")) {
            int eq = kv.indexOf('=');
            assertTrue(eq > 0, kv);
            m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return m;
    }

    @Test
    void namespaceContextListsTheRealKeysInOrderWithTheNamespacesOwnValues() {
        String value = answers.getConfig("context=namespace;id=bar", VIEW);
        Map<String, String> m = parse(value);
        assertEquals(REAL_NAMESPACE_KEYS, new ArrayList<>(m.keySet()));
        assertEquals("3600", m.get("default-ttl"));
        assertEquals("131072", m.get("max-record-size"));
        assertEquals("1", m.get("replication-factor"));
        assertEquals("120", m.get("nsup-period"), "TTLs are allowed");
        assertEquals("false", m.get("strong-consistency"));
        assertEquals("memory", m.get("storage-engine"));
        assertTrue(!value.endsWith(";"));
    }

    @Test
    void namespaceNameMayComeAsNamespaceOrId() {
        assertEquals(answers.getConfig("context=namespace;id=test", VIEW),
                answers.getConfig("context=namespace;namespace=test", VIEW));
    }

    @Test
    void namespaceErrorsAreTheServers() {
        assertEquals("ERROR:20:namespace not found on node", answers.getConfig("context=namespace;id=nosuch", VIEW));
        assertEquals("ERROR:20:missing 'namespace'", answers.getConfig("context=namespace", VIEW));
        assertEquals("ERROR:20:missing 'namespace' value", answers.getConfig("context=namespace;id=", VIEW));
    }

    @Test
    void contextErrors() {
        assertEquals("ERROR:4:invalid context", answers.getConfig("context=nosuch", VIEW));
        assertEquals("ERROR:4:missing 'context'", answers.getConfig("id=test", VIEW));
        assertEquals("ERROR:4:missing 'context' value", answers.getConfig("context=", VIEW));
    }

    @Test
    void serviceAndNetworkDescribeThisNode() {
        Map<String, String> service = parse(answers.getConfig("context=service", VIEW));
        assertEquals("spike", service.get("cluster-name"));
        assertEquals("BB9000112345678", service.get("node-id"));
        Map<String, String> network = parse(answers.getConfig("context=network", VIEW));
        assertEquals("3456", network.get("service.port"));
        assertEquals("127.0.0.1", network.get("service.address"));
        assertEquals(answers.getConfig("context=service", VIEW) + ";" + answers.getConfig("context=network", VIEW),
                answers.getConfig("", VIEW));
    }

    @Test
    void securityAndXdrAreEmptyAsOnCommunityEdition() {
        assertEquals("", answers.getConfig("context=security", VIEW));
        assertEquals("", answers.getConfig("context=xdr", VIEW));
    }
}
