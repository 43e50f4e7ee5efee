package io.spikesdk.testkit.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testfixtures.RealServerConfig;
import io.spikesdk.testkit.internal.storage.NamespaceConfig;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ServerClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigAnswersTest {
    private static final NodeIdentity NODE = new NodeIdentity(0xBB9000112345678L, "127.0.0.1", 3456, "spike", 0);
    private static final TopologyView VIEW = new SingleNodeTopology(NODE);

    private final ServiceConfig service = new ServiceConfig(ServiceConfig.DEFAULT_PROTO_FD_MAX);
    private final ConfigAnswers answers = new ConfigAnswers(NODE, namespaces(), () -> service);

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
        assertEquals(RealServerConfig.NAMESPACE_KEYS, new ArrayList<>(m.keySet()));
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

    @Test
    void serviceReportsProtoFdMaxAfterProtoFdIdleMsAsTheServerOrdersThem() {
        List<String> keys = new ArrayList<>(parse(answers.getConfig("context=service", VIEW)).keySet());
        assertEquals(keys.indexOf("proto-fd-idle-ms") + 1, keys.indexOf("proto-fd-max"));
        assertEquals("15000", parse(answers.getConfig("context=service", VIEW)).get("proto-fd-max"));
    }

    @Test
    void setConfigChangesProtoFdMaxFrom1024Up() {
        assertEquals("ok", answers.setConfig("context=service;proto-fd-max=2000"));
        assertEquals(2000, service.protoFdMax());
        assertEquals("2000", parse(answers.getConfig("context=service", VIEW)).get("proto-fd-max"));
        assertEquals("ok", answers.setConfig("context=service;proto-fd-max=1024"));
        assertEquals(1024, service.protoFdMax());
    }

    @Test
    void setConfigRefusesWhatTheServerRefuses() {
        for (String bad : List.of("context=service;proto-fd-max=1023", "context=service;proto-fd-max=-1",
                "context=service;proto-fd-max=abc", "context=service;proto-fd-max=2147483648", "context=service",
                "context=service;foo=1")) {
            assertEquals("ERROR:4:invalid set-config parameter", answers.setConfig(bad), bad);
        }
        assertEquals(ServiceConfig.DEFAULT_PROTO_FD_MAX, service.protoFdMax());
        assertEquals("ERROR:4:missing 'context'", answers.setConfig("proto-fd-max=2000"));
        assertEquals("ERROR:4:missing 'context'", answers.setConfig(""));
    }
}
