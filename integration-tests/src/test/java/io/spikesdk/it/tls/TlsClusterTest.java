package io.spikesdk.it.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.TlsPolicy;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import io.spikesdk.testkit.TlsOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tending over TLS: seeded with one node's TLS port, our client and the official one find the other nodes through
 * {@code peers-tls-std}, each with its own certificate and TLS name, and use them all.
 */
class TlsClusterTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    static TestCa ca;
    static EmbeddedCluster cluster;

    @BeforeAll
    static void start() {
        assumeFalse(TestTarget.isRealServer(), "a CE server has no TLS: the embedded cluster's TLS ports are tested");
        ca = TestCa.create("Spike TLS cluster CA");
        List<TestCertificate> certificates = List.of(ca.issue("node0.spike.test"), ca.issue("node1.spike.test"),
                ca.issue("node2.spike.test"));
        cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).namespace("test")
                .tls(i -> TlsOptions.builder().certificate(certificates.get(i).keyStore(PASSWORD), PASSWORD).build())
                .build().start();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void peersAreAnnouncedWithTheirTlsNameAndPort() {
        EmbeddedAerospike seed = cluster.node(0);
        EmbeddedAerospike peer = cluster.node(1);
        try (AerospikeClient client = Aerospike.client(TestTarget.config()
                .hosts(Host.of(seed.host(), seed.tlsName(), seed.tlsPort()))
                .tls(TlsPolicy.builder().trustCertificatesPem(ca.writeCertificatePem(dir.resolve("ca.pem"))).build())
                .build()).connect()) {
            String peers = client.info(client.nodes().stream().filter(n -> n.name().equals(seed.nodeId())).findFirst()
                    .orElseThrow(), "peers-tls-std").get("peers-tls-std");
            assertTrue(peers.contains("[" + peer.nodeId() + ",node1.spike.test,[" + peer.host() + ":" + peer.tlsPort() + "]]"),
                    peers);

            Set<Integer> ports = client.nodes().stream().map(NodeInfo::port).collect(Collectors.toSet());
            assertEquals(cluster.nodes().stream().map(EmbeddedAerospike::tlsPort).collect(Collectors.toSet()), ports);
            for (int i = 0; i < 60; i++) {
                Key key = Key.of("test", "it_tls_cluster", i);
                client.put(key, Bin.of("i", i));
                assertEquals(i, client.get(key).getLong("i"));
            }
        }
        cluster.nodes().forEach(EmbeddedAerospike::assertNoPendingConnections);
    }

    @Test
    void theOfficialClientTendsOverTlsToo() {
        EmbeddedAerospike seed = cluster.node(0);
        com.aerospike.client.policy.ClientPolicy policy = new com.aerospike.client.policy.ClientPolicy();
        policy.timeout = 3_000;
        policy.tlsPolicy = new com.aerospike.client.policy.TlsPolicy();
        policy.tlsPolicy.context = ca.trustingContext();
        try (com.aerospike.client.AerospikeClient official = new com.aerospike.client.AerospikeClient(policy,
                new com.aerospike.client.Host(seed.host(), seed.tlsName(), seed.tlsPort()))) {
            assertEquals(3, official.getNodes().length);
            for (com.aerospike.client.cluster.Node node : official.getNodes()) {
                EmbeddedAerospike server = cluster.nodes().stream().filter(n -> n.nodeId().equals(node.getName()))
                        .findFirst().orElseThrow();
                assertEquals(server.tlsPort(), node.getHost().port);
                assertEquals(server.tlsName(), node.getHost().tlsName);
                assertEquals(server.host() + ":" + server.tlsPort(),
                        com.aerospike.client.Info.request(null, node, "service-tls-std"));
            }
            com.aerospike.client.Key key = new com.aerospike.client.Key("test", "it_tls_cluster", "official");
            official.put(null, key, new com.aerospike.client.Bin("a", "tls"));
            assertEquals("tls", official.get(null, key).getString("a"));
        }
    }
}
