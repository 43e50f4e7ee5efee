package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Host;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.TlsPolicy;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.TlsOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS snippet of sdk-testkit/README.md. */
class TlsInCodeTest {
    @Test
    void aTlsListenerBesideTheClearPort(@TempDir Path dir) {
        TestCa ca = TestCa.create("Testkit README CA");
        TestCertificate certificate = ca.issue("node1.spike.test");
        Path chainPem = certificate.writeChainPem(dir.resolve("chain.pem"));
        Path keyPem = certificate.writeKeyPem(dir.resolve("key.pem"));
        Path caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
        // tag::tls[]
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
                .tls(TlsOptions.builder()
                        .certificatePem(chainPem, keyPem)           // or certificate(keyStore, password)
                        .tlsName("node1.spike.test")                // announced in peers-tls-std; default: the CN
                        .clientCaPem(caPem)                         // optional: ask for client certificates
                        .clientAuth(TlsOptions.ClientAuth.WANT)     // NONE (default), WANT or NEED
                        .build())
                .build().start()) {
            ClientPolicy policy = new ClientPolicy();
            policy.tlsPolicy = new TlsPolicy();
            policy.tlsPolicy.context = ca.trustingContext();       // an SSLContext trusting your CA
            try (AerospikeClient client = new AerospikeClient(policy,
                    new Host(server.host(), "node1.spike.test", server.tlsPort()))) {
                Key key = new Key("test", "s", "k");
                client.put(null, key, new Bin("v", 1));
                assertEquals(1L, client.get(null, key).getLong("v"));
            }
        }
        // end::tls[]
    }
}
