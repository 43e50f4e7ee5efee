package io.spikesdk.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.spikesdk.admin.AdminClient;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.AuthMode;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.TlsPolicy;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.TlsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The async client against an embedded server with security and TLS on (its TLS port asks for client
 * certificates): commands and info over TLS with a login in every mode, and each refusal the same typed exception
 * as the synchronous client's. Embedded only: a Community server has neither TLS nor security.
 */
@Timeout(120)
class AsyncSecureTest {
    private static final String TLS_NAME = "secure-async.spike.test";
    private static final String SET = "it_async_secure";
    private static final Policy PATIENT = Policy.builder().socketTimeout(30_000).totalTimeout(60_000).build();

    @TempDir
    static Path dir;
    private static TestCa ca;
    private static Path caPem;
    private static EmbeddedAerospike server;

    @BeforeAll
    static void start() {
        assumeFalse(TestTarget.isRealServer(), "a CE server has no TLS and no security");
        ca = TestCa.create("Spike async login CA");
        caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
        TestCertificate serverCertificate = ca.issue(TLS_NAME);
        server = EmbeddedAerospike.builder().port(0).namespace("test")
            .security(o -> o.user("app", "app-pw", "read-write"))
            .tls(TlsOptions.builder()
                .certificatePem(serverCertificate.writeChainPem(dir.resolve("server.pem")),
                    serverCertificate.writeKeyPem(dir.resolve("server.key")))
                .clientCaPem(caPem).clientAuth(TlsOptions.ClientAuth.WANT).build())
            .build().start();
        admin(users -> {
            users.createPkiUser("pki-app", List.of("read-write"));
            users.createUser("ldap-app", "ldap-pw", List.of("read"));
        });
    }

    /**
     * Runs user administration on a client of its own: tests close the server's connections, and an admin call on
     * a stale pooled connection is not retried.
     */
    private static void admin(Consumer<AdminClient> calls) {
        try (AerospikeClient admin = connect(ClientConfig.builder().user("admin").password("admin"), trustOnly())) {
            calls.accept(AdminClient.of(admin));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Key key(String id) {
        return Key.of("test", SET, id);
    }

    @Test
    void aThousandConcurrentGetsOverTlsWithALogin() throws Exception {
        ClientConfig config = config(ClientConfig.builder().user("app").password("app-pw"), trustOnly()).toBuilder()
            .async(AsyncConfig.builder().eventLoops(2).maxCommandsPerNode(32).build()).build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            Key[] keys = new Key[100];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = key("many-" + i);
                client.put(keys[i], Bin.of("i", i));
            }
            AsyncAerospikeClient async = client.async();
            List<CompletableFuture<Record>> gets = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                gets.add(async.get(PATIENT, keys[i % keys.length]));
            }
            CompletableFuture.allOf(gets.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < gets.size(); i++) {
                assertEquals(i % keys.length, gets.get(i).join().getLong("i"));
            }
            Map<String, String> info = async.info("namespaces").get(10, TimeUnit.SECONDS);
            assertEquals("test", info.get("namespaces"));
        }
    }

    @Test
    void writesAndBatchesRunOverTlsWithALogin() throws Exception {
        Key counter = key("counter");
        // tag::async-secure[]
        try (AerospikeClient client = Aerospike.client(ClientConfig.builder()
                .hosts(Host.of(server.host(), TLS_NAME, server.tlsPort()))     // checked against the TLS name
                .tls(TlsPolicy.builder().trustCertificatesPem(caPem).build())
                .user("app").password("app-pw")
                .build()).connect()) {
            AsyncAerospikeClient async = client.async();   // its connections: TLS, then AUTHENTICATE (or LOGIN)
            Record record = async.put(null, counter, Bin.of("n", 1))
                .thenCompose(ignored -> async.get(null, counter))
                .join();
            // end::async-secure[]
            assertEquals(1L, record.getLong("n"));
            // a value far larger than one TLS record (16 KiB) both ways
            byte[] large = new byte[300_000];
            new java.util.Random(42).nextBytes(large);
            Key key = key("large");
            async.put(null, key, Bin.of("b", large)).get(10, TimeUnit.SECONDS);
            assertTrue(java.util.Arrays.equals(large, (byte[]) async.get(null, key).get(10, TimeUnit.SECONDS)
                .getValue("b")));
            Record[] records = async.get(null, new Key[] {key, key("absent")}).get(10, TimeUnit.SECONDS);
            assertNotNull(records[0]);
            assertEquals(null, records[1]);
        }
    }

    @Test
    void aPkiUserAndAnExternalUserRunAsync() throws Exception {
        Key key = key("pki");
        try (AerospikeClient pki = connect(ClientConfig.builder().authMode(AuthMode.PKI), withCertificate("pki-app"))) {
            pki.async().put(null, key, Bin.of("by", "pki-app")).get(10, TimeUnit.SECONDS);
            assertEquals("pki-app", pki.async().get(null, key).get(10, TimeUnit.SECONDS).getString("by"));
        }
        try (AerospikeClient external = connect(ClientConfig.builder().authMode(AuthMode.EXTERNAL)
            .user("ldap-app").password("ldap-pw"), trustOnly())) {
            assertEquals("pki-app", external.async().get(null, key).get(10, TimeUnit.SECONDS).getString("by"));
            AerospikeException e = asyncFailure(external.async().put(null, key, Bin.of("by", "ldap-app")));
            assertEquals(ResultCode.ROLE_VIOLATION, e.resultCode());
            assertTrue(e.getMessage().contains("user 'ldap-app' lacks a role or privilege"), e.getMessage());
        }
    }

    @Test
    void aWrongPasswordFailsLikeTheSyncClient() throws Exception {
        ClientConfig wrong = config(ClientConfig.builder().user("app").password("wrong"), trustOnly());
        try (AerospikeClient sync = Aerospike.client(wrong); AerospikeClient async = Aerospike.client(wrong)) {
            AerospikeException expected = assertThrows(AuthenticationException.class, () -> sync.get(key("k")));
            assertSame(expected, asyncFailure(async.async().get(null, key("k"))));
            assertEquals(ResultCode.INVALID_CREDENTIAL, expected.resultCode());
        }
    }

    @Test
    void aLoginRefusedOnANewAsyncConnectionFailsLikeTheSyncClient() throws Exception {
        admin(users -> users.createUser("rotated", "old-pw", List.of("read-write")));
        try (AerospikeClient client = connect(ClientConfig.builder().user("rotated").password("old-pw"), trustOnly())) {
            client.async().put(null, key("rotated"), Bin.of("a", 1)).get(10, TimeUnit.SECONDS);
            // the password changes behind the client's back: its session ends, its next login is refused
            admin(users -> users.setPassword("rotated", "new-pw"));
            server.faults().closeConnections();
            AerospikeException async = asyncFailure(client.async().get(null, key("rotated")));
            assertInstanceOf(AuthenticationException.class, async);
            assertEquals(ResultCode.INVALID_CREDENTIAL, async.resultCode());
            assertTrue(async.getMessage().contains("user 'rotated'"), async.getMessage());
            assertFalse(async.inDoubt());
            assertSame(assertThrows(AuthenticationException.class, () -> client.get(key("rotated"))), async);
        } finally {
            admin(users -> users.dropUser("rotated"));
        }
    }

    @Test
    void aDroppedUsersAsyncCommandsAreRefusedWithItsName() throws Exception {
        admin(users -> users.createUser("temp", "temp-pw", List.of("read-write")));
        // one event loop: the get finds the put's connection in the pool, authenticated as the dropped user
        ClientConfig config = config(ClientConfig.builder().user("temp").password("temp-pw"), trustOnly()).toBuilder()
            .async(AsyncConfig.builder().eventLoops(1).build()).build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            client.async().put(null, key("temp"), Bin.of("a", 1)).get(10, TimeUnit.SECONDS);
            admin(users -> users.dropUser("temp"));
            // the server refuses the command on that connection (80): closed, the retry's new connection cannot log in
            AerospikeException e = asyncFailure(client.async().get(null, key("temp")));
            assertInstanceOf(AuthenticationException.class, e);
            assertEquals(ResultCode.INVALID_USER, e.resultCode(), e.toString());
            assertTrue(e.getMessage().contains("user 'temp'"), e.getMessage());
            assertFalse(e.inDoubt());
        }
    }

    @Test
    void anExpiredSessionIsRenewedTransparently() throws Exception {
        try (AerospikeClient client = connect(ClientConfig.builder().user("app").password("app-pw"), trustOnly())) {
            AsyncAerospikeClient async = client.async();
            async.put(null, key("expiry"), Bin.of("a", 1)).get(10, TimeUnit.SECONDS);
            server.clock().advance(Duration.ofDays(2));
            // every connection must be opened again: its AUTHENTICATE is refused (66), so it logs in
            server.faults().closeConnections();
            assertEquals(1L, async.get(null, key("expiry")).get(10, TimeUnit.SECONDS).getLong("a"));
            async.put(null, key("expiry"), Bin.of("a", 2)).get(10, TimeUnit.SECONDS);
            assertEquals(2L, async.get(null, key("expiry")).get(10, TimeUnit.SECONDS).getLong("a"));
        }
    }

    @Test
    void aWrongTlsNameOrAnUntrustedCertificateFailsLikeTheSyncClient() throws Exception {
        Path otherCa = TestCa.create("Some other CA").writeCertificatePem(dir.resolve("other-ca.pem"));
        List<ClientConfig> refused = List.of(
            ClientConfig.builder().hosts(Host.of(server.host(), "other.spike.test", server.tlsPort()))
                .user("app").password("app-pw").tls(trustOnly()).connectTimeout(Duration.ofSeconds(3)).build(),
            config(ClientConfig.builder().user("app").password("app-pw"),
                TlsPolicy.builder().trustCertificatesPem(otherCa).build()));
        for (ClientConfig config : refused) {
            try (AerospikeClient sync = Aerospike.client(config); AerospikeClient async = Aerospike.client(config)) {
                AerospikeException expected = assertThrows(AerospikeException.class, () -> sync.get(key("k")));
                assertSame(expected, asyncFailure(async.async().get(null, key("k"))));
            }
        }
    }

    /** Same type, code and message (the blocking path's error for the same refusal). */
    private static void assertSame(AerospikeException expected, AerospikeException actual) {
        assertEquals(expected.getClass(), actual.getClass(), actual.toString());
        assertEquals(expected.resultCode(), actual.resultCode());
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    private static AerospikeException asyncFailure(Future<?> future) {
        Executable wait = () -> future.get(30, TimeUnit.SECONDS);
        ExecutionException e = assertThrows(ExecutionException.class, wait);
        return assertInstanceOf(AerospikeException.class, e.getCause());
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
