package io.spikesdk.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.spikesdk.admin.AdminClient;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthMode;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Login over TLS against a secure embedded server that asks for client certificates: PKI users (the user is the
 * certificate's common name, no password) and external authentication (the clear password travels inside TLS).
 * Embedded only: a Community server has neither TLS nor security.
 */
class TlsLoginTest {
    private static final String TLS_NAME = "secure.spike.test";

    @TempDir
    static Path dir;
    private static TestCa ca;
    private static Path caPem;
    private static EmbeddedAerospike server;
    private static AerospikeClient admin;

    @BeforeAll
    static void start() {
        assumeFalse(TestTarget.isRealServer(), "a CE server has no TLS and no security");
        ca = TestCa.create("Spike login CA");
        caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
        TestCertificate serverCertificate = ca.issue(TLS_NAME);
        server = EmbeddedAerospike.builder().port(0).namespace("test").security(true)
            .tls(TlsOptions.builder()
                .certificatePem(serverCertificate.writeChainPem(dir.resolve("server.pem")),
                    serverCertificate.writeKeyPem(dir.resolve("server.key")))
                .clientCaPem(caPem).clientAuth(TlsOptions.ClientAuth.WANT).build())
            .build().start();
        admin = connect(ClientConfig.builder().user("admin").password("admin"), trustOnly());
        AdminClient users = AdminClient.of(admin);
        users.createPkiUser("pki-app", List.of("read-write"));
        users.createUser("ldap-app", "ldap-pw", List.of("read"));
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPkiUserLogsInWithItsCertificateAlone() {
        Key key = Key.of("test", "it_tls_login", "pki");
        try (AerospikeClient pki = connect(ClientConfig.builder().authMode(AuthMode.PKI), withCertificate("pki-app"))) {
            pki.put(key, Bin.of("by", "pki-app"));
            assertEquals("pki-app", pki.get(key).getString("by"));
        }
    }

    @Test
    void aCertificateOfNoKnownUserIsRefused() {
        AerospikeClient stranger = Aerospike.client(config(ClientConfig.builder().authMode(AuthMode.PKI),
            withCertificate("stranger")));
        try {
            AuthenticationException e = assertThrows(AuthenticationException.class, stranger::connect);
            assertTrue(e.getMessage().contains("PKI"), e.getMessage());
        } finally {
            stranger.close();
        }
    }

    @Test
    void pkiWithoutAClientCertificateIsRefused() {
        AerospikeClient noCertificate = Aerospike.client(config(ClientConfig.builder().authMode(AuthMode.PKI),
            trustOnly()));
        try {
            AuthenticationException e = assertThrows(AuthenticationException.class, noCertificate::connect);
            assertEquals(ResultCode.INVALID_CREDENTIAL, e.resultCode());
        } finally {
            noCertificate.close();
        }
    }

    @Test
    void externalAuthenticationSendsTheClearPasswordInsideTls() {
        Key key = Key.of("test", "it_tls_login", "external");
        try (AerospikeClient writer = connect(ClientConfig.builder().authMode(AuthMode.PKI), withCertificate("pki-app"))) {
            writer.put(key, Bin.of("v", 7));
        }
        try (AerospikeClient external = connect(ClientConfig.builder().authMode(AuthMode.EXTERNAL)
            .user("ldap-app").password("ldap-pw"), trustOnly())) {
            assertEquals(7L, external.get(key).getLong("v"));
            AerospikeException e = assertThrows(AerospikeException.class, () -> external.put(key, Bin.of("v", 8)));
            assertEquals(ResultCode.ROLE_VIOLATION, e.resultCode());
            assertEquals(7L, external.get(key).getLong("v"));
        }
        AerospikeClient wrong = Aerospike.client(config(ClientConfig.builder().authMode(AuthMode.EXTERNAL)
            .user("ldap-app").password("nope"), trustOnly()));
        try {
            AuthenticationException e = assertThrows(AuthenticationException.class, wrong::connect);
            assertEquals(ResultCode.INVALID_CREDENTIAL, e.resultCode());
        } finally {
            wrong.close();
        }
    }

    private static TlsPolicy trustOnly() {
        return TlsPolicy.builder().trustCertificatesPem(caPem).build();
    }

    private static TlsPolicy withCertificate(String commonName) {
        TestCertificate certificate = ca.issue(commonName);
        return TlsPolicy.builder().trustCertificatesPem(caPem)
            .clientCertificatePem(certificate.writeChainPem(dir.resolve(commonName + ".pem")),
                certificate.writeKeyPem(dir.resolve(commonName + ".key")))
            .build();
    }

    private static ClientConfig config(ClientConfig.Builder builder, TlsPolicy tls) {
        return builder.hosts(Host.of(server.host(), TLS_NAME, server.tlsPort())).tls(tls)
            .connectTimeout(Duration.ofSeconds(3)).build();
    }

    private static AerospikeClient connect(ClientConfig.Builder builder, TlsPolicy tls) {
        return Aerospike.client(config(builder, tls)).connect();
    }
}
