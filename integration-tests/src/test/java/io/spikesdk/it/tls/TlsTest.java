package io.spikesdk.it.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.TlsPolicy;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.TlsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our client over TLS against the embedded server's TLS port (a CE server has none: skipped there): commands, info
 * and tending on TLS connections, and each refusal (TLS name, trust, revoked serial, protocol) clear and naming
 * the host and the TLS name. The CA and certificates are made at run time.
 */
class TlsTest {
    static final String TLS_NAME = "node1.spike.test";
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    static TestCa ca;
    static TestCertificate serverCertificate;
    static TestCertificate clientCertificate;
    static Path caPem;
    static EmbeddedAerospike server;

    @BeforeAll
    static void start() {
        assumeFalse(TestTarget.isRealServer(), "a CE server has no TLS: the embedded server's TLS port is tested");
        ca = TestCa.create("Spike TLS test CA");
        serverCertificate = ca.issue("spike-node", TLS_NAME);
        clientCertificate = ca.issue("app-client");
        caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
        server = EmbeddedAerospike.builder().port(0).namespace("test")
                .tls(TlsOptions.builder()
                        .certificatePem(serverCertificate.writeChainPem(dir.resolve("server.pem")),
                                serverCertificate.writeKeyPem(dir.resolve("server.key")))
                        .tlsName(TLS_NAME).clientCaPem(caPem).clientAuth(TlsOptions.ClientAuth.WANT).build())
                .build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static AerospikeClient client(Host host, TlsPolicy tls) {
        return Aerospike.client(TestTarget.config().hosts(host).connectTimeout(Duration.ofSeconds(3)).tls(tls).build());
    }

    private static TlsPolicy.Builder trustingCa() {
        return TlsPolicy.builder().trustCertificatesPem(caPem);
    }

    @Test
    void commandsInfoAndTendingRunOverTls() {
        try (AerospikeClient client = client(Host.of(server.host(), TLS_NAME, server.tlsPort()), trustingCa().build())
                .connect()) {
            Key key = Key.of("test", "it_tls", "k1");
            client.put(key, Bin.of("a", "over tls"));
            assertEquals("over tls", client.get(key).getString("a"));
            assertEquals(server.host() + ":" + server.tlsPort(), client.info("service-tls-std"));
            List<NodeInfo> nodes = client.nodes();
            assertEquals(1, nodes.size());
            assertEquals(server.tlsPort(), nodes.get(0).port());
            Map<String, String> peers = client.info("peers-tls-std", "peers-generation");
            assertEquals("0,3000,[]", peers.get("peers-tls-std"));
        }
        server.assertNoPendingConnections();
    }

    @Test
    void aTlsNameInTheHostListWorks() {
        List<Host> hosts = Host.parse(server.host() + ":" + TLS_NAME + ":" + server.tlsPort());
        try (AerospikeClient client = Aerospike.client(TestTarget.config().hosts(hosts).tls(trustingCa().build()).build())
                .connect()) {
            Key key = Key.of("test", "it_tls", "parsed");
            client.put(key, Bin.of("a", 1));
            assertEquals(1L, client.get(key).getLong("a"));
        }
    }

    @Test
    void aWrongTlsNameIsRefusedNamingHostAndName() {
        AerospikeException e = connectFails(Host.of(server.host(), "other.spike.test", server.tlsPort()),
                trustingCa().build());
        assertTrue(e.getMessage().contains("other.spike.test"), e.getMessage());
        assertTrue(e.getMessage().contains("[spike-node, " + TLS_NAME + "]"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(server.tlsPort())), e.getMessage());
    }

    @Test
    void aHostWithoutTlsNameIsCheckedAgainstItsHostName() {
        AerospikeException e = connectFails(Host.of(server.host(), server.tlsPort()), trustingCa().build());
        assertTrue(e.getMessage().contains("TLS name '" + server.host() + "'"), e.getMessage());
    }

    @Test
    void anUntrustedServerCertificateIsRefused() {
        Path otherCa = TestCa.create("Some other CA").writeCertificatePem(dir.resolve("other-ca.pem"));
        AerospikeException e = connectFails(Host.of(server.host(), TLS_NAME, server.tlsPort()),
                TlsPolicy.builder().trustCertificatesPem(otherCa).build());
        assertTrue(e.getMessage().contains("handshake failed"), e.getMessage());
        assertTrue(e.getMessage().contains(TLS_NAME), e.getMessage());
    }

    @Test
    void aRevokedServerCertificateIsRefused() {
        AerospikeException e = connectFails(Host.of(server.host(), TLS_NAME, server.tlsPort()),
                trustingCa().revokedSerials(serverCertificate.serial()).build());
        assertTrue(e.getMessage().contains("serial " + serverCertificate.serial().toString(16) + ") is revoked"),
                e.getMessage());
    }

    @Test
    void aProtocolTheServerDoesNotSpeakIsRefused() {
        try (EmbeddedAerospike tls12 = EmbeddedAerospike.builder().port(0).namespace("test")
                .tls(TlsOptions.builder().certificate(serverCertificate.keyStore(PASSWORD), PASSWORD).tlsName(TLS_NAME)
                        .protocols("TLSv1.2").build())
                .build().start()) {
            AerospikeException e = connectFails(Host.of(tls12.host(), TLS_NAME, tls12.tlsPort()),
                    trustingCa().protocols("TLSv1.3").build());
            assertTrue(e.getMessage().contains("handshake failed"), e.getMessage());
            try (AerospikeClient client = client(Host.of(tls12.host(), TLS_NAME, tls12.tlsPort()),
                    trustingCa().protocols("TLSv1.2").build()).connect()) {
                assertEquals(1, client.nodes().size());
            }
        }
    }

    @Test
    void aClearClientOnTheTlsPortAndATlsClientOnTheClearPortFail() {
        try (AerospikeClient clear = Aerospike.client(TestTarget.config()
                .hosts(Host.of(server.host(), server.tlsPort())).connectTimeout(Duration.ofSeconds(2)).build())) {
            assertThrows(AerospikeException.class, clear::connect);
        }
        AerospikeException e = connectFails(Host.of(server.host(), TLS_NAME, server.port()), trustingCa().build());
        assertTrue(e.getMessage().contains("TLS"), e.getMessage());
    }

    @Test
    void aServerNeedingClientCertificatesAcceptsOnlyClientsPresentingOne() {
        try (EmbeddedAerospike mutual = EmbeddedAerospike.builder().port(0).namespace("test")
                .tls(TlsOptions.builder().certificate(serverCertificate.keyStore(PASSWORD), PASSWORD).tlsName(TLS_NAME)
                        .clientTrustStore(ca.trustStore()).clientAuth(TlsOptions.ClientAuth.NEED).build())
                .build().start()) {
            Host host = Host.of(mutual.host(), TLS_NAME, mutual.tlsPort());
            connectFails(host, trustingCa().build());
            TlsPolicy pem = trustingCa().clientCertificatePem(clientCertificate.writeChainPem(dir.resolve("client.pem")),
                    clientCertificate.writeKeyPem(dir.resolve("client.key"))).build();
            TlsPolicy keyStore = TlsPolicy.builder()
                    .trustStore(ca.writeTrustStore(dir.resolve("trust.p12"), PASSWORD), TlsPolicy.StoreType.PKCS12, PASSWORD)
                    .keyStore(clientCertificate.writeKeyStore(dir.resolve("client.p12"), PASSWORD),
                            TlsPolicy.StoreType.PKCS12, PASSWORD)
                    .build();
            for (TlsPolicy policy : List.of(pem, keyStore)) {
                try (AerospikeClient client = client(host, policy).connect()) {
                    Key key = Key.of("test", "it_tls", "mutual");
                    client.put(key, Bin.of("a", 7));
                    assertEquals(7L, client.get(key).getLong("a"));
                }
            }
        }
    }

    @Test
    void unreadableTlsMaterialFailsClearly() {
        Path missing = dir.resolve("no-such-ca.pem");
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> client(Host.of(server.host(), TLS_NAME, server.tlsPort()),
                        TlsPolicy.builder().trustCertificatesPem(missing).build()).connect().close());
        assertEquals(ResultCode.CLIENT_ERROR, e.resultCode());
        assertTrue(e.getMessage().contains("no-such-ca.pem"), e.getMessage());
    }

    private static AerospikeException connectFails(Host host, TlsPolicy tls) {
        try (AerospikeClient client = client(host, tls)) {
            AerospikeException e = assertThrows(AerospikeException.class, client::connect);
            assertInstanceOf(ConnectionException.class, e, e.getMessage());
            assertEquals(ResultCode.SERVER_NOT_AVAILABLE, e.resultCode());
            return e;
        }
    }
}
