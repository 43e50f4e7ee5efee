package io.spikesdk.it.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.TlsPolicy;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.TlsOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS snippet of README.md, run against an embedded server asking for client certificates. */
class TlsReadmeTest {

    @Test
    void aTlsClientWithAClientCertificate(@TempDir Path dir) {
        assumeFalse(TestTarget.isRealServer(), "a CE server has no TLS");
        TestCa ca = TestCa.create("README CA");
        TestCertificate server = ca.issue("node1.spike.test");
        TestCertificate app = ca.issue("app");
        Path caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
        Path clientChainPem = app.writeChainPem(dir.resolve("app.pem"));
        Path clientKeyPem = app.writeKeyPem(dir.resolve("app.key"));
        try (EmbeddedAerospike embedded = EmbeddedAerospike.builder().port(0).namespace("test")
                .tls(TlsOptions.builder().certificatePem(server.writeChainPem(dir.resolve("server.pem")),
                        server.writeKeyPem(dir.resolve("server.key")))
                        .clientCaPem(caPem).clientAuth(TlsOptions.ClientAuth.NEED).build())
                .build().start()) {
            String address = embedded.host();
            int tlsPort = embedded.tlsPort();
            Key key = Key.of("test", "readme", "tls");
            // tag::client[]
            TlsPolicy tls = TlsPolicy.builder()
                    .trustCertificatesPem(caPem)                          // or trustStore(p12, StoreType.PKCS12, password)
                    .clientCertificatePem(clientChainPem, clientKeyPem)   // optional: mutual TLS, PKI login
                    .build();
            try (AerospikeClient client = Aerospike.client(ClientConfig.builder()
                    .hosts(Host.of(address, "node1.spike.test", tlsPort)) // or Host.parse("10.0.0.1:node1.spike.test:4333")
                    .tls(tls)
                    .build()).connect()) {
                client.put(key, Bin.of("a", 1));
            }
            // end::client[]
            try (AerospikeClient client = Aerospike.client(ClientConfig.builder()
                    .hosts(Host.of(address, "node1.spike.test", tlsPort)).tls(tls).build())) {
                assertEquals(1L, client.get(key).getLong("a"));
            }
        }
    }
}
