package io.spikesdk.it;

import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.TlsPolicy;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.TlsOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The servers of the test modes that run the async client over TLS ({@code "async-tls"}) and with a login
 * ({@code "async-login"}): embedded servers, one of each per test JVM, also when {@code AEROSPIKE_HOSTS} names a
 * real server (a Community server has neither TLS nor security). The CA and certificates are made at run time.
 */
public final class SecureTargets {
    /** The TLS name of the TLS server's certificate. */
    public static final String TLS_NAME = "async.spike.test";
    /** The login server's user for the tests' data: reads, writes, UDFs, truncate, secondary indexes. */
    public static final String USER = "app";
    public static final String PASSWORD = "app-pw";

    private static EmbeddedAerospike tlsServer;
    private static Path caPem;
    private static EmbeddedAerospike loginServer;

    private SecureTargets() {
    }

    /** Our client's config for a test mode: the target for "sync" and "async", else the mode's embedded server. */
    public static ClientConfig.Builder config(String mode) {
        return switch (mode) {
            case "sync", "async" -> TestTarget.config();
            case "async-tls" -> tls();
            case "async-login" -> login();
            default -> throw new IllegalArgumentException("mode " + mode);
        };
    }

    /** A client config for the TLS server (no security), trusting the run's CA. */
    public static synchronized ClientConfig.Builder tls() {
        if (tlsServer == null) {
            Path dir = tempDir();
            TestCa ca = TestCa.create("Spike async TLS CA");
            TestCertificate certificate = ca.issue("spike-async-node", TLS_NAME);
            caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
            tlsServer = started(EmbeddedAerospike.builder().port(0).namespace(TestTarget.NAMESPACE).namespace("bar")
                .tls(TlsOptions.builder()
                    .certificatePem(certificate.writeChainPem(dir.resolve("server.pem")),
                        certificate.writeKeyPem(dir.resolve("server.key")))
                    .tlsName(TLS_NAME).build()));
        }
        return ClientConfig.builder().hosts(Host.of(tlsServer.host(), TLS_NAME, tlsServer.tlsPort()))
            .tls(TlsPolicy.builder().trustCertificatesPem(caPem).build()).connectTimeout(Duration.ofSeconds(5));
    }

    /** A client config for the secure server (security on, clear port), logged in as {@link #USER}. */
    public static synchronized ClientConfig.Builder login() {
        if (loginServer == null) {
            loginServer = started(EmbeddedAerospike.builder().port(0).namespace(TestTarget.NAMESPACE).namespace("bar")
                .security(o -> o.user(USER, PASSWORD, "read-write-udf", "data-admin", "sys-admin")));
        }
        return ClientConfig.builder().hosts(Host.of(loginServer.host(), loginServer.port())).user(USER)
            .password(PASSWORD);
    }

    private static EmbeddedAerospike started(EmbeddedAerospike.Builder builder) {
        EmbeddedAerospike server = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-aerospike-stop"));
        return server;
    }

    private static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary directory left behind at exit: nothing else to do
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("spike-async-tls");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "spike-async-tls-cleanup"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
