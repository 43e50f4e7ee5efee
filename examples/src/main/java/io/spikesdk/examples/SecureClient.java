package io.spikesdk.examples;

import io.spikesdk.admin.AdminClient;
import io.spikesdk.admin.Privilege;
import io.spikesdk.admin.PrivilegeCode;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.TlsPolicy;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.TlsOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A client on TLS with a user and password, against a secure embedded server (an Enterprise-style server: users,
 * roles, TLS; a Community server has neither). As the default {@code admin} it creates a role that may only read the
 * {@code test} namespace and a user with that role; that user reads, and its write is refused with ROLE_VIOLATION.
 * The CA and the server certificate are made at run time (never commit a private key).
 */
public final class SecureClient {
    private static final String TLS_NAME = "db.example.test";

    private SecureClient() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("spike-secure-client");
        run(dir, System.out);
    }

    /** The example itself, with its certificates in {@code dir}, printing what it does to {@code out}. */
    public static void run(Path dir, PrintStream out) {
        TestCa ca = TestCa.create("Example CA");
        TestCertificate serverCertificate = ca.issue(TLS_NAME);
        Path caPem = ca.writeCertificatePem(dir.resolve("ca.pem"));
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").security(true)
                .tls(TlsOptions.builder().certificatePem(serverCertificate.writeChainPem(dir.resolve("server.pem")),
                        serverCertificate.writeKeyPem(dir.resolve("server.key"))).build())
                .build().start()) {
            Host host = Host.of(server.host(), TLS_NAME, server.tlsPort());
            TlsPolicy tls = TlsPolicy.builder().trustCertificatesPem(caPem).build();
            Key key = Key.of("test", "reports", "q3");

            try (AerospikeClient adminClient = connect(host, tls, "admin", "admin")) {
                AdminClient admin = AdminClient.of(adminClient);
                admin.createRole("report-reader", List.of(Privilege.of(PrivilegeCode.READ, "test")));
                admin.createUser("analyst", "s3cret-pw", List.of("report-reader"));
                admin.createUser("loader", "l0ader-pw", List.of("read-write"));
                out.println("admin: created role report-reader (read on test) and users analyst, loader");
            }
            try (AerospikeClient loader = connect(host, tls, "loader", "l0ader-pw")) {
                loader.put(key, Bin.of("revenue", 1_250_000L));
                out.println("loader: wrote q3 over TLS");
            }
            try (AerospikeClient analyst = connect(host, tls, "analyst", "s3cret-pw")) {
                out.println("analyst: read revenue " + analyst.get(key).getLong("revenue"));
                try {
                    analyst.put(key, Bin.of("revenue", 0L));
                    out.println("analyst: write accepted (unexpected)");
                } catch (AerospikeException e) {
                    out.println("analyst: write refused with " + e.resultCode() + " (" + e.resultCode().code() + ")");
                }
                out.println("analyst: revenue is still " + analyst.get(key).getLong("revenue"));
            }
        }
    }

    private static AerospikeClient connect(Host host, TlsPolicy tls, String user, String password) {
        return Aerospike.client(ClientConfig.builder().hosts(host).tls(tls).user(user).password(password).build())
            .connect();
    }
}
