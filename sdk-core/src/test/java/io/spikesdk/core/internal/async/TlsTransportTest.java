package io.spikesdk.core.internal.async;

import io.spikesdk.api.TlsPolicy;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.tls.TlsContext;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The non-blocking TLS transport against a JSSE server: the same certificate decisions and messages as the
 * blocking connections, data far larger than one TLS record both ways, and the server's close_notify.
 */
@Timeout(60)
class TlsTransportTest {
    private static final String TLS_NAME = "node.spike.test";
    private static final char[] PASSWORD = "changeit".toCharArray();

    private static TestCa ca;
    private static TestCertificate certificate;
    private static SSLServerSocket server;
    private static final ExecutorService SERVER_THREADS = Executors.newCachedThreadPool();
    /** What the server does with each connection after its handshake. */
    private static volatile boolean closeAfterHandshake;
    /** Whether the server speaks TLS 1.2 and renegotiates after its first echo. */
    private static volatile boolean renegotiate;
    /** Set by the server before each echo once it renegotiated: whether its session is a new one. */
    private static volatile boolean sessionRenewed;

    @BeforeAll
    static void startEchoServer() throws Exception {
        ca = TestCa.create("Spike transport CA");
        certificate = ca.issue("spike-node", TLS_NAME);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(certificate.keyStore(PASSWORD), PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50,
            InetAddress.getLoopbackAddress());
        SERVER_THREADS.execute(() -> {
            while (!server.isClosed()) {
                try {
                    SSLSocket socket = (SSLSocket) server.accept();
                    SERVER_THREADS.execute(() -> serve(socket));
                } catch (IOException e) {
                    return; // closed at the end of the tests
                }
            }
        });
    }

    private static void serve(SSLSocket socket) {
        try (socket) {
            boolean renegotiating = renegotiate;
            if (renegotiating) {
                socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            }
            socket.startHandshake();
            if (closeAfterHandshake) {
                return; // closing sends close_notify
            }
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            SSLSession firstSession = null;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (firstSession != null) {
                    sessionRenewed = socket.getSession() != firstSession;
                }
                out.write(buffer, 0, n);
                out.flush();
                if (renegotiating) {
                    renegotiating = false;
                    firstSession = socket.getSession();
                    firstSession.invalidate(); // a full handshake, not a resumption
                    socket.startHandshake();
                }
            }
        } catch (IOException e) {
            // the client refused the handshake or went away: the next connection is served
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        SERVER_THREADS.shutdownNow();
    }

    private static InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
    }

    private static TlsContext trusting(TlsPolicy.Builder policy) {
        return TlsContext.of(policy.sslContext(ca.trustingContext()).build());
    }

    /** A connected non-blocking channel with its transport, driven by a selector of the test. */
    private static final class Client implements AutoCloseable {
        final SocketChannel channel;
        final Selector selector;
        final TlsTransport transport;

        Client(TlsContext tls, String tlsName) throws IOException {
            channel = SocketChannel.open(address());
            channel.configureBlocking(false);
            selector = Selector.open();
            transport = new TlsTransport(channel, tls, address(), tlsName);
        }

        void await(int ops) throws IOException {
            SelectionKey key = channel.register(selector, ops);
            selector.select(10_000);
            selector.selectedKeys().clear();
            key.interestOps(0);
        }

        void handshake() throws IOException {
            int waitFor;
            while ((waitFor = transport.handshake()) != 0) {
                await(waitFor);
            }
        }

        void write(byte[] data) throws IOException {
            ByteBuffer src = ByteBuffer.wrap(data);
            while (!transport.write(src)) {
                await(SelectionKey.OP_WRITE);
            }
        }

        /** Reads until {@code length} bytes arrived, or -1 at the end of the stream. */
        int read(byte[] into, int length) throws IOException {
            int got = 0;
            while (got < length) {
                int n = transport.read(ByteBuffer.wrap(into, got, length - got));
                if (n < 0) {
                    return got == 0 ? -1 : got;
                }
                if (n == 0 && !transport.hasBuffered()) {
                    await(SelectionKey.OP_READ);
                }
                got += n;
            }
            return got;
        }

        @Override
        public void close() throws IOException {
            transport.close();
            selector.close();
        }
    }

    @Test
    void dataFarLargerThanOneRecordRoundTrips() throws Exception {
        closeAfterHandshake = false;
        try (Client client = new Client(trusting(TlsPolicy.builder()), TLS_NAME)) {
            client.handshake();
            byte[] data = new byte[1 << 20];
            new Random(7).nextBytes(data);
            for (int round = 0; round < 3; round++) {
                client.write(data);
                byte[] echoed = new byte[data.length];
                assertEquals(data.length, client.read(echoed, echoed.length));
                assertArrayEquals(data, echoed);
            }
        }
    }

    @Test
    void aRenegotiationByTheServerIsAnswered() throws Exception {
        renegotiate = true;
        sessionRenewed = false;
        try (Client client = new Client(trusting(TlsPolicy.builder()), TLS_NAME)) {
            client.handshake();
            byte[] first = "before".getBytes(StandardCharsets.US_ASCII);
            client.write(first);
            assertArrayEquals(first, readExactly(client, first.length));
            // the server asked to renegotiate: the client answers while these echoes are read and written (the
            // exchange keeps going meanwhile, so the new session is in use by the third round)
            for (int round = 0; round < 3; round++) {
                byte[] data = new byte[100_000];
                new Random(11 + round).nextBytes(data);
                client.write(data);
                assertArrayEquals(data, readExactly(client, data.length));
            }
            assertTrue(sessionRenewed, "the server's session after the renegotiation is a new one");
        } finally {
            renegotiate = false;
        }
    }

    private static byte[] readExactly(Client client, int length) throws IOException {
        byte[] into = new byte[length];
        assertEquals(length, client.read(into, length));
        return into;
    }

    @Test
    void theServersCloseNotifyEndsTheStream() throws Exception {
        closeAfterHandshake = true;
        try (Client client = new Client(trusting(TlsPolicy.builder()), TLS_NAME)) {
            client.handshake();
            assertEquals(-1, client.read(new byte[1], 1));
        } finally {
            closeAfterHandshake = false;
        }
    }

    @Test
    void aWrongTlsNameIsRefusedAsOnABlockingConnection() throws Exception {
        assertRefusedAlike(trusting(TlsPolicy.builder()), "other.spike.test");
    }

    @Test
    void aRevokedCertificateIsRefusedAsOnABlockingConnection() throws Exception {
        assertRefusedAlike(trusting(TlsPolicy.builder().revokedSerials(certificate.serial())), TLS_NAME);
    }

    @Test
    void anUntrustedCertificateIsRefusedAsOnABlockingConnection() throws Exception {
        TlsContext otherCa = TlsContext.of(TlsPolicy.builder()
            .sslContext(TestCa.create("Some other CA").trustingContext()).build());
        assertRefusedAlike(otherCa, TLS_NAME);
    }

    private static void assertRefusedAlike(TlsContext tls, String tlsName) throws Exception {
        IOException blocking = assertThrows(IOException.class, () -> Connection.open(address(), 5_000, tls, tlsName));
        try (Client client = new Client(tls, tlsName)) {
            IOException async = assertThrows(IOException.class, client::handshake);
            assertEquals(blocking.getClass(), async.getClass(), async.toString());
            assertEquals(blocking.getMessage(), async.getMessage());
        }
        assertEquals(true, Arrays.asList(blocking.getMessage().split("'")).contains(tlsName), blocking.getMessage());
    }
}
