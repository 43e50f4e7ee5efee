package io.spikesdk.testkit.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.TlsOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the TLS listener hands its {@link FrameDispatcher}: the client certificate of the handshake. */
class TlsPeerTest {
    private static final char[] PASSWORD = "secret".toCharArray();

    @TempDir
    static Path dir;
    private static TestCa ca;
    private static TestCertificate server;
    private static TestCertificate client;
    private static ExecutorService acceptor;

    @BeforeAll
    static void pki() {
        ca = TestCa.create("Peer test CA");
        server = ca.issue("server.spike.test");
        client = ca.issue("app-user");
        acceptor = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stop() {
        acceptor.shutdownNow();
    }

    @Test
    void theClientCertificateOfTheHandshakeIsThePeers() throws Exception {
        ConnectionPeer peer = handshake(TlsOptions.ClientAuth.WANT, client);
        assertEquals(client.certificate(), peer.clientCertificate());
        assertTrue(peer.address().getAddress().isLoopbackAddress());
    }

    @Test
    void aClientWithoutCertificateHasNoneWhenOnlyWanted() throws Exception {
        assertNull(handshake(TlsOptions.ClientAuth.WANT, null).clientCertificate());
        assertNull(handshake(TlsOptions.ClientAuth.NONE, client).clientCertificate());
    }

    @Test
    void aClientWithoutCertificateFailsWhenNeeded() {
        assertThrows(IOException.class, () -> handshake(TlsOptions.ClientAuth.NEED, null));
    }

    @Test
    void theTlsNameDefaultsToTheCertificatesCommonName() {
        TlsOptions.Builder options = TlsOptions.builder().certificatePem(server.writeChainPem(dir.resolve("named.pem")),
                server.writeKeyPem(dir.resolve("named.key")));
        assertEquals("server.spike.test", ServerTls.of(options.build()).tlsName());
        assertEquals("other", ServerTls.of(options.tlsName("other").build()).tlsName());
    }

    @Test
    void unreadableKeyMaterialIsRefusedNamingTheFile() {
        Path missing = dir.resolve("missing.pem");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerTls.of(TlsOptions.builder().certificatePem(missing, missing).build()));
        assertTrue(e.getMessage().contains("missing.pem"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TlsOptions.builder().certificate(server.keyStore(PASSWORD), PASSWORD)
                        .clientAuth(TlsOptions.ClientAuth.NEED).build());
    }

    /** One handshake against a listening socket with the TLS port's {@link ServerTls#parameters}; its peer. */
    private static ConnectionPeer handshake(TlsOptions.ClientAuth auth, TestCertificate clientCertificate)
            throws Exception {
        TlsOptions options = TlsOptions.builder().certificate(server.keyStore(PASSWORD), PASSWORD)
                .clientTrustStore(ca.trustStore()).clientAuth(auth).build();
        ServerTls tls = ServerTls.of(options);
        try (SSLServerSocket listening = (SSLServerSocket) tls.context().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listening.setSSLParameters(tls.parameters());
            Future<ConnectionPeer> accepted = acceptor.submit(() -> {
                try (SSLSocket socket = (SSLSocket) listening.accept()) {
                    socket.setSoTimeout(5_000);
                    socket.startHandshake();
                    return new ConnectionPeer((InetSocketAddress) socket.getRemoteSocketAddress(),
                        ConnectionPeer.clientCertificate(socket.getSession()));
                }
            });
            try (SSLSocket socket = (SSLSocket) clientContext(clientCertificate).getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), listening.getLocalPort())) {
                socket.setSoTimeout(5_000);
                socket.startHandshake();
                // TLS 1.3 reports a refused client certificate on the first read, not in the handshake
                socket.getOutputStream().write(0);
                socket.getOutputStream().flush();
                return accepted.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : e;
            } catch (SSLException e) {
                accepted.cancel(true);
                throw e;
            }
        }
    }

    private static SSLContext clientContext(TestCertificate certificate) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(ca.trustStore());
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        KeyStore store = certificate == null ? emptyStore() : certificate.keyStore(PASSWORD);
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
