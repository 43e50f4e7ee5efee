package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Host;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.TlsPolicy;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testfixtures.tls.TestCa;
import io.spikesdk.testfixtures.tls.TestCertificate;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.RawConnection;
import io.spikesdk.testkit.support.SlowScanReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The TLS port on non-blocking I/O, as the clear one: thousands of handshaken idle connections cost no thread, a
 * client that never completes its handshake is closed after the handshake timeout without a thread waiting for it,
 * a failed handshake closes that connection only, TLS connections count against proto-fd-max, and pipelined frames
 * and injected faults are served as on the clear port.
 */
@Timeout(180)
class TlsConnectionsTest {
    private static final char[] PASSWORD = "secret".toCharArray();
    private static final int IDLE = 2_000;
    /** The selector and the workers that ran the handshakes (idle until their keep-alive ends). */
    private static final int MAX_MORE_THREADS = 50;
    private static final int HANDSHAKING_CLIENTS = 4;
    private static final int CAP = 1024;
    private static final int BLOB = 4;

    private static TestCa ca;
    private static TestCertificate serverCertificate;
    private final List<Socket> clients = new ArrayList<>();

    @BeforeAll
    static void pki() {
        ca = TestCa.create("TLS connections test CA");
        serverCertificate = ca.issue("node1.spike.test");
    }

    @AfterEach
    void resetClients() throws IOException {
        for (Socket s : clients) {
            if (!s.isClosed()) {
                s.setSoLinger(true, 0); // no client port left in TIME_WAIT
                s.close();
            }
        }
    }

    private static EmbeddedAerospike.Builder tlsServer() {
        return EmbeddedAerospike.builder().port(0).tls(TlsOptions.builder()
                .certificate(serverCertificate.keyStore(PASSWORD), PASSWORD).build());
    }

    @Test
    void twoThousandIdleTlsConnectionsCostNoThreadAndANewClientIsStillAnswered() throws Exception {
        try (EmbeddedAerospike server = tlsServer().build().start()) {
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            long start = System.nanoTime();
            List<RawConnection> idle = handshakeAndAsk(server, IDLE);
            long handshakeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(IDLE, server.connectionCount());
            int threadsWithIdle = ManagementFactory.getThreadMXBean().getThreadCount();
            int serverThreads = serverThreads(server.tlsPort());
            System.out.printf("%d idle TLS connections handshaken in %d ms; JVM threads %d -> %d; TLS port threads"
                    + " %d%n", IDLE, handshakeMillis, threadsBefore, threadsWithIdle, serverThreads);
            assertTrue(threadsWithIdle - threadsBefore < MAX_MORE_THREADS, threadsBefore + " -> " + threadsWithIdle);
            assertTrue(serverThreads < MAX_MORE_THREADS, serverThreads + " threads on the TLS port");

            ClientPolicy policy = new ClientPolicy();
            policy.timeout = 5_000;
            policy.tlsPolicy = new TlsPolicy();
            policy.tlsPolicy.context = ca.trustingContext();
            try (AerospikeClient client = new AerospikeClient(policy,
                    new Host(server.host(), server.tlsName(), server.tlsPort()))) {
                Key key = new Key("test", "idle-tls", 1);
                client.put(null, key, new Bin("v", 42));
                Policy read = new Policy();
                read.totalTimeout = 5_000;
                long t0 = System.nanoTime();
                Record record = client.get(read, key);
                System.out.printf("get over TLS with %d idle TLS connections open: %d us%n", IDLE,
                        TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0));
                assertNotNull(record);
                assertEquals(42, record.getInt("v"));
            }
            assertTrue(idle.get(0).info("build").containsKey("build"), "the oldest idle connection still answers");
            assertTrue(idle.get(IDLE - 1).info("build").containsKey("build"), "the newest too");
        }
    }

    @Test
    void aClientThatNeverCompletesItsHandshakeIsClosedAfterTheTimeout() throws Exception {
        Duration timeout = Duration.ofMillis(200);
        int stuck = 50;
        try (EmbeddedAerospike server = tlsServer().tlsHandshakeTimeout(timeout).build().start()) {
            long start = System.nanoTime();
            for (int i = 0; i < stuck; i++) {
                Socket socket = connectPlain(server);
                if (i % 2 == 1) {
                    socket.getOutputStream().write(new byte[] {0x16, 0x03, 0x01}); // a record header cut short
                }
            }
            assertEquals(1, serverThreads(server.tlsPort()), "the selector alone waits for the handshakes");
            for (Socket socket : clients) {
                assertTrue(closedByServer(socket), "closed after the handshake timeout");
            }
            long closedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.printf("%d stuck handshakes closed within %d ms (timeout %d ms)%n", stuck, closedAfterMillis,
                    timeout.toMillis());
            assertTrue(closedAfterMillis >= timeout.toMillis(), "closed before the timeout: " + closedAfterMillis);
            assertTrue(closedAfterMillis < 5_000, "the configured timeout, not the default: " + closedAfterMillis);
            IdleConnectionsTest.awaitConnections(server, 0);

            try (RawConnection late = handshake(server, ca.trustingContext())) {
                assertTrue(late.info("build").containsKey("build"), "a client that completes the handshake is served");
            }
        }
    }

    @Test
    void aFailedHandshakeClosesThatConnectionOnly() throws Exception {
        try (EmbeddedAerospike server = tlsServer().build().start();
                RawConnection good = handshake(server, ca.trustingContext())) {
            assertTrue(good.info("build").containsKey("build"));

            SSLContext trustingAnotherCa = TestCa.create("Another CA").trustingContext();
            assertThrows(SSLException.class, () -> handshake(server, trustingAnotherCa).info("build"));
            Socket plain = connectPlain(server);
            try (RawConnection clearTalk = new RawConnection(plain)) {
                assertThrows(IOException.class, () -> clearTalk.info("build"), "clear text to the TLS port");
            }
            IdleConnectionsTest.awaitConnections(server, 1);

            Map<String, String> stats = statistics(good);
            assertEquals("1", stats.get("client_connections"));
            assertEquals("3", stats.get("client_connections_opened"));
            assertEquals("2", stats.get("client_connections_closed"));
        }
    }

    @Test
    void tlsConnectionsCountAgainstProtoFdMaxWithClearOnes() throws Exception {
        EmbeddedAerospike.Builder capped = tlsServer().protoFdMax(CAP).tlsHandshakeTimeout(Duration.ofMinutes(5));
        try (EmbeddedAerospike server = capped.build().start();
                RawConnection clear = new RawConnection(server.host(), server.port())) {
            RawConnection tls = handshake(server, ca.trustingContext());
            for (int i = 2; i < CAP; i++) {
                connectPlain(server); // counted as soon as accepted, handshake or not
            }
            IdleConnectionsTest.awaitConnections(server, CAP);
            assertThrows(IOException.class, () -> handshake(server, ca.trustingContext()).info("build"),
                    "a TLS connection past the cap is closed at once");
            try (RawConnection refused = new RawConnection(server.host(), server.port())) {
                assertTrue(refused.isClosedByServer(), "so is a clear one");
            }
            Map<String, String> stats = statistics(tls);
            assertEquals(String.valueOf(CAP), stats.get("client_connections"));
            assertEquals(String.valueOf(CAP), stats.get("client_connections_opened"));
            assertEquals("0", stats.get("client_connections_closed"));
            assertEquals(stats.get("client_connections"), statistics(clear).get("client_connections"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void pipelinedFramesLargeRecordsAndFaultsAreServedAsOnTheClearPort(String protocol) throws Exception {
        try (EmbeddedAerospike server = tlsServer().namespace("test").namespace("slow").build().start();
                RawConnection c = handshake(server, ca.trustingContext(), protocol)) {
            assertEquals(protocol, ((SSLSocket) clients.get(0)).getSession().getProtocol());
            byte[] blob = new byte[300 * 1024];
            new Random(7).nextBytes(blob);
            Frames largeWrite = Frames.forKey("large").info(0, MsgFlags.INFO2_WRITE, 0)
                    .op(OpType.WRITE, BLOB, "b", blob);
            assertEquals(1, generation(c.exchange(largeWrite.build())));
            byte[] largeRead = c.exchange(readFrame("test", "large"));
            assertTrue(Arrays.equals(blob, Arrays.copyOfRange(largeRead, largeRead.length - blob.length,
                    largeRead.length)), "a reply of many TLS records");

            assertEquals(1, generation(c.exchange(writeFrame("test", "piped"))));
            server.faults().latency("slow", CommandKind.WRITE, Duration.ofMillis(300));
            // one TLS record: the later frames are decrypted with the first, then answered in order
            c.send(concat(writeFrame("slow", "piped"), writeFrame("test", "piped"), writeFrame("slow", "piped")));
            assertEquals(1, generation(c.readFrame()));
            assertEquals(2, generation(c.readFrame()));
            assertEquals(2, generation(c.readFrame()));

            server.faults().clear().delayResponses(Duration.ofMillis(300));
            long sent = System.nanoTime();
            assertEquals(3, generation(c.exchange(writeFrame("test", "piped"))));
            assertTrue(System.nanoTime() - sent >= TimeUnit.MILLISECONDS.toNanos(300), "the reply waited its delay");

            long reads = reads(server);
            server.faults().clear().pause();
            c.send(readFrame("test", "piped"));
            assertEquals(reads, reads(server), "nothing is executed while paused");
            server.faults().resume();
            assertEquals(3, generation(c.readFrame()));

            server.faults().closeConnections();
            synchronized (clients) {
                assertTrue(closedByServer(clients.get(0)), "closeConnections closes the TLS connections too");
            }
            IdleConnectionsTest.awaitConnections(server, 0);
        }
    }

    @Test
    void aTlsClientThatStopsReadingALargeReplyDoesNotHoldUpOthers() throws Exception {
        ClientPolicy policy = new ClientPolicy();
        policy.tlsPolicy = new TlsPolicy();
        policy.tlsPolicy.context = ca.trustingContext();
        try (EmbeddedAerospike server = tlsServer().build().start()) {
            Host tls = new Host(server.host(), server.tlsName(), server.tlsPort());
            try (AerospikeClient scanner = new AerospikeClient(policy, tls);
                    AerospikeClient other = new AerospikeClient(policy, tls)) {
                SlowScanReader.assertOthersAreServed(scanner, other);
            }
        }
    }

    private static long reads(EmbeddedAerospike server) {
        return server.activity().stream().filter(a -> a.kind() == CommandKind.READ).count();
    }

    private static byte[] writeFrame(String namespace, String key) {
        return Frames.forKey(key).namespace(namespace).info(0, MsgFlags.INFO2_WRITE, 0)
                .op(OpType.WRITE, 1, "v", Frames.int64(1)).build();
    }

    private static byte[] readFrame(String namespace, String key) {
        return Frames.forKey(key).namespace(namespace).info(MsgFlags.INFO1_READ | MsgFlags.INFO1_GET_ALL, 0, 0)
                .build();
    }

    private static byte[] concat(byte[]... frames) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] f : frames) {
            all.writeBytes(f);
        }
        return all.toByteArray();
    }

    private static int generation(byte[] reply) throws MessageFormatException {
        MessageView view = new MessageView();
        view.parse(reply, Proto.HEADER_SIZE, reply.length - Proto.HEADER_SIZE);
        assertEquals(0, view.resultCode());
        return view.generation();
    }

    /**
     * {@code n} TLS connections, each handshaken and answered once, from a few client threads. They share one client
     * context, so all but the first resume a session, as a client's pooled connections do.
     */
    private List<RawConnection> handshakeAndAsk(EmbeddedAerospike server, int n) throws Exception {
        ExecutorService handshakers = Executors.newFixedThreadPool(HANDSHAKING_CLIENTS);
        SSLContext context = ca.trustingContext();
        try {
            List<Future<RawConnection>> opened = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                opened.add(handshakers.submit(() -> {
                    RawConnection c = handshake(server, context);
                    assertTrue(c.info("build").containsKey("build"));
                    return c;
                }));
            }
            List<RawConnection> connections = new ArrayList<>(n);
            for (Future<RawConnection> f : opened) {
                connections.add(f.get(60, TimeUnit.SECONDS));
            }
            return connections;
        } finally {
            handshakers.shutdown();
            assertTrue(handshakers.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    private RawConnection handshake(EmbeddedAerospike server, SSLContext context) throws IOException {
        return handshake(server, context, "TLSv1.3");
    }

    private RawConnection handshake(EmbeddedAerospike server, SSLContext context, String protocol)
            throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(server.host(), server.tlsPort());
        socket.setEnabledProtocols(new String[] {protocol});
        synchronized (clients) {
            clients.add(socket);
        }
        socket.setSoTimeout(30_000);
        socket.setTcpNoDelay(true); // as the Aerospike clients: no Nagle wait behind the handshake's last message
        socket.startHandshake();
        return new RawConnection(socket);
    }

    private Socket connectPlain(EmbeddedAerospike server) throws IOException {
        Socket socket = new Socket(server.host(), server.tlsPort());
        synchronized (clients) {
            clients.add(socket);
        }
        return socket;
    }

    /** Reads to the end of the stream (past any TLS alert): true when the server closed or reset it. */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // an alert before the end
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    private static Map<String, String> statistics(RawConnection c) throws IOException {
        Map<String, String> pairs = new HashMap<>();
        for (String pair : c.info("statistics").get("statistics").split(";")) {
            int eq = pair.indexOf('=');
            pairs.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return pairs;
    }

    /** Live threads of the server on {@code port} (its names start with "spike-aerospike-PORT-"). */
    private static int serverThreads(int port) {
        String prefix = "spike-aerospike-" + port + "-";
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
    }
}
