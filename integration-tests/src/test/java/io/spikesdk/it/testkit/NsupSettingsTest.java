package io.spikesdk.it.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Info;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.NamespaceOptions;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * nsup-period 0 with allow-ttl-without-nsup false: a write that would give its record a TTL fails with
 * FAIL_FORBIDDEN (22), writes that never expire or keep the TTL pass, and get-config reports the settings. The
 * embedded side runs on a server configured with {@link NamespaceOptions}; the real one is switched with
 * {@code set-config} and switched back.
 */
class NsupSettingsTest {
    private static final String NS = TestTarget.NAMESPACE;
    private static final String SET = "it_nsup";

    @Test
    void ttlWritesAreForbiddenWithoutNsup() {
        withNamespace(ns -> ns.nsupPeriod(0), "nsup-period=0", (official, ours) -> {
            String config = Info.request(official.getNodes()[0], "get-config:context=namespace;id=" + NS);
            assertTrue(config.contains(";nsup-period=0;"), config);
            assertTrue(config.contains("allow-ttl-without-nsup=false;"), config);

            com.aerospike.client.Key key = new com.aerospike.client.Key(NS, SET, "official");
            official.delete(null, key);
            com.aerospike.client.AerospikeException e = assertThrows(com.aerospike.client.AerospikeException.class,
                    () -> official.put(expiring(100), key, new com.aerospike.client.Bin("a", 1)));
            assertEquals(22, e.getResultCode());
            assertEquals(null, official.get(null, key), "nothing was written");

            official.put(expiring(-1), key, new com.aerospike.client.Bin("a", 1));
            official.put(expiring(-2), key, new com.aerospike.client.Bin("a", 2));
            official.put(null, key, new com.aerospike.client.Bin("a", 3));
            assertEquals(3, official.get(null, key).getInt("a"));
            assertEquals(-1, official.get(null, key).getTimeToLive(), "never expires");
            assertEquals(22, assertThrows(com.aerospike.client.AerospikeException.class,
                    () -> official.touch(expiring(50), key)).getResultCode());

            Key ours1 = Key.of(NS, SET, "ours");
            ours.delete(ours1);
            AerospikeException mine = assertThrows(AerospikeException.class, () -> ours.put(
                    io.spikesdk.api.WritePolicy.builder().expiration(60).build(), ours1, Bin.of("a", 1)));
            assertEquals(ResultCode.FAIL_FORBIDDEN, mine.resultCode());
            ours.put(ours1, Bin.of("a", 1));
            assertEquals(-1, ours.getHeader(ours1).ttl());
        });
    }

    @Test
    void allowTtlWithoutNsupAcceptsTtls() {
        withNamespace(ns -> ns.nsupPeriod(0).allowTtlWithoutNsup(true),
                "nsup-period=0;allow-ttl-without-nsup=true", (official, ours) -> {
            String config = Info.request(official.getNodes()[0], "namespace/" + NS);
            assertTrue(config.contains(";allow-ttl-without-nsup=true;"), config);

            Key key = Key.of(NS, SET, "allowed");
            ours.delete(key);
            ours.put(io.spikesdk.api.WritePolicy.builder().expiration(100).build(), key, Bin.of("a", 1));
            int ttl = ours.getHeader(key).ttl();
            assertTrue(ttl > 90 && ttl <= 100, "ttl " + ttl);
            ours.delete(key);
        });
    }

    @Test
    void aDefaultTtlNeedsNsupAsOnTheRealServer() {
        EmbeddedAerospike.Builder builder = EmbeddedAerospike.builder().port(0)
                .namespace("test", ns -> ns.defaultTtl(3600).nsupPeriod(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().contains("nsupPeriod"), e.getMessage());
        if (TestTarget.isRealServer()) {
            try (com.aerospike.client.AerospikeClient official = TestTarget.officialClient()) {
                com.aerospike.client.cluster.Node node = official.getNodes()[0];
                setNamespace(node, "nsup-period=0");
                try {
                    assertTrue(Info.request(node, "set-config:context=namespace;id=" + NS + ";default-ttl=3600")
                            .startsWith("ERROR"));
                } finally {
                    setNamespace(node, "nsup-period=120");
                }
            }
        }
    }

    private interface Body {
        void run(com.aerospike.client.AerospikeClient official, AerospikeClient ours);
    }

    /** Runs {@code body} against namespace "test" configured as {@code embedded} / {@code realSetConfig}. */
    private static void withNamespace(Consumer<NamespaceOptions> embedded, String realSetConfig, Body body) {
        if (TestTarget.isRealServer()) {
            try (com.aerospike.client.AerospikeClient official = TestTarget.officialClient();
                    AerospikeClient ours = Aerospike.client(TestTarget.config().build()).connect()) {
                com.aerospike.client.cluster.Node node = official.getNodes()[0];
                for (String setting : realSetConfig.split(";")) {
                    setNamespace(node, setting);
                }
                try {
                    body.run(official, ours);
                } finally {
                    setNamespace(node, "allow-ttl-without-nsup=false");
                    setNamespace(node, "nsup-period=120");
                }
            }
            return;
        }
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace(NS, embedded).build().start();
                com.aerospike.client.AerospikeClient official =
                        new com.aerospike.client.AerospikeClient(server.host(), server.port());
                AerospikeClient ours = Aerospike.client(ClientConfig.builder()
                        .hosts(List.of(Host.of(server.host(), server.port()))).build()).connect()) {
            body.run(official, ours);
        }
    }

    private static void setNamespace(com.aerospike.client.cluster.Node node, String setting) {
        assertEquals("ok", Info.request(node, "set-config:context=namespace;id=" + NS + ";" + setting), setting);
    }

    private static WritePolicy expiring(int seconds) {
        WritePolicy p = new WritePolicy();
        p.expiration = seconds;
        return p;
    }
}
