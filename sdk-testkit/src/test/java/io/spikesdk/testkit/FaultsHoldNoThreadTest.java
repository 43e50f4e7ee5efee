package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.InfoCodec;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.IdleClients;
import io.spikesdk.testkit.support.RawConnection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Injected delays, namespace latency and pauses hold replies without holding threads: the server's thread count
 * does not grow with the number of replies held, and held replies still come back, in order per connection.
 */
@Timeout(120)
class FaultsHoldNoThreadTest {
    /**
     * The selector, the timer and the workers that executed the burst of requests (idle now, until their keep-alive
     * ends: a few tens on a loaded 2-core machine); a thread per held reply would be thousands.
     */
    private static final int MAX_SERVER_THREADS = 100;
    /** A paused node parks the frames on the selector thread: not even a worker starts. */
    private static final int MAX_THREADS_WHILE_PAUSED = 4;
    private static final int NOT_FOUND = 2;

    @Test
    void twoThousandDelayedRepliesHoldNoThreadAndAllArriveWhenDue() throws Exception {
        int requests = 2_000;
        Duration delay = Duration.ofSeconds(4);
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                IdleClients clients = new IdleClients()) {
            List<SocketChannel> channels = clients.connect(server.host(), server.port(), requests);
            server.faults().delayResponses(delay);
            long firstSent = System.nanoTime();
            byte[] read = readFrame("test", "delayed");
            for (SocketChannel c : channels) {
                write(c, read);
            }
            awaitExecuted(server, "test", requests);
            int threads = serverThreads(server);
            long heldMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstSent);
            System.out.printf("%d delayed replies held, server threads %d (%d ms after the first request)%n",
                    requests, threads, heldMillis);
            assertTrue(threads <= MAX_SERVER_THREADS, threads + " server threads hold " + requests + " replies");
            assertTrue(heldMillis < delay.toMillis(), "the replies were due before the count: too slow to tell");

            for (SocketChannel c : channels) {
                assertEquals(NOT_FOUND, readReply(c).resultCode());
            }
            assertTrue(System.nanoTime() - firstSent >= delay.toNanos(), "no reply before its delay");
            System.out.printf("after the replies: server threads %d%n", serverThreads(server));
        }
    }

    @Test
    void pausedRequestsWaitParkedAndAreAnsweredInOrderOnResume() throws Exception {
        int connections = 50;
        int perConnection = 10;
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                IdleClients clients = new IdleClients()) {
            List<SocketChannel> channels = clients.connect(server.host(), server.port(), connections);
            SocketChannel info = clients.connect(server.host(), server.port(), 1).get(0);
            awaitConnections(server, connections + 1);
            server.faults().pause();
            // Pipelined: each connection writes its own record 10 times; each reply carries the generation it made.
            for (int i = 0; i < connections; i++) {
                ByteBuffer pipelined = ByteBuffer.allocate(64 * 1024);
                for (int v = 1; v <= perConnection; v++) {
                    pipelined.put(Frames.forKey("paused-" + i).info(0, MsgFlags.INFO2_WRITE, 0)
                            .op(OpType.WRITE, 1, "v", Frames.int64(v)).build());
                }
                write(channels.get(i), pipelined.flip());
            }
            write(info, InfoCodec.requestFrame("node"));

            int threads = serverThreads(server);
            System.out.printf("%d requests sent to a paused node, server threads %d%n", connections * perConnection,
                    threads);
            assertTrue(threads <= MAX_THREADS_WHILE_PAUSED, threads + " server threads while paused");
            for (SocketChannel c : clients.all()) {
                assertTrue(nothingToRead(c), "nothing is answered while paused");
            }
            assertTrue(server.activity().stream().noneMatch(a -> a.kind() == CommandKind.WRITE),
                    "nothing is executed while paused");

            server.faults().resume();
            for (int i = 0; i < connections; i++) {
                for (int v = 1; v <= perConnection; v++) {
                    MessageView reply = readReply(channels.get(i));
                    assertEquals(0, reply.resultCode());
                    assertEquals(v, reply.generation(), "connection " + i + " answered in order");
                }
            }
            byte[] infoReply = readFrameBytes(info);
            Map<String, String> answer = InfoCodec.parseResponse(infoReply, Proto.HEADER_SIZE,
                    infoReply.length - Proto.HEADER_SIZE);
            assertEquals(server.nodeId(), answer.get("node"));
        }
    }

    @Test
    void aSlowNamespaceDoesNotSlowAnotherOne() throws Exception {
        int slowRequests = 300;
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").namespace("slow").build()
                .start(); IdleClients clients = new IdleClients()) {
            List<SocketChannel> slow = clients.connect(server.host(), server.port(), slowRequests);
            server.faults().latency("slow", CommandKind.READ, Duration.ofSeconds(3));
            byte[] slowRead = readFrame("slow", "slow");
            for (SocketChannel c : slow) {
                write(c, slowRead);
            }
            awaitExecuted(server, "slow", slowRequests);
            try (RawConnection fast = new RawConnection(server.host(), server.port())) {
                assertEquals(NOT_FOUND, fast.message(readFrame("test", "fast")).resultCode());
            }
            for (SocketChannel c : slow) {
                assertTrue(nothingToRead(c), "the fast reply came while every slow one was held");
            }
            assertTrue(serverThreads(server) <= MAX_SERVER_THREADS);
            for (SocketChannel c : slow) {
                assertEquals(NOT_FOUND, readReply(c).resultCode());
            }
        }
    }

    @Test
    void aPipelinedConnectionGetsItsHeldRepliesInOrder() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").namespace("slow").build()
                .start(); IdleClients clients = new IdleClients()) {
            SocketChannel c = clients.connect(server.host(), server.port(), 1).get(0);
            for (int i = 0; i < 5; i++) {
                write(c, writeFrame("test", "piped"));
                assertEquals(i + 1, readReply(c).generation());
            }
            server.faults().latency("slow", CommandKind.WRITE, Duration.ofMillis(300));
            // held, not held, held: each reply carries the generation its write made
            ByteBuffer pipelined = ByteBuffer.allocate(1024).put(writeFrame("slow", "piped"))
                    .put(writeFrame("test", "piped")).put(writeFrame("slow", "piped"));
            write(c, pipelined.flip());
            assertEquals(1, readReply(c).generation());
            assertEquals(6, readReply(c).generation());
            assertEquals(2, readReply(c).generation());
        }
    }

    @Test
    void aConnectionClosedBeforeItsReplyIsDueIsDroppedCleanly() throws Exception {
        int closing = 50;
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                IdleClients clients = new IdleClients()) {
            List<SocketChannel> channels = clients.connect(server.host(), server.port(), closing);
            server.faults().delayResponses(Duration.ofMillis(500));
            byte[] read = readFrame("test", "closed");
            for (SocketChannel c : channels) {
                write(c, read);
            }
            awaitExecuted(server, "test", closing);
            clients.close(); // resets every connection while its reply is held
            awaitConnections(server, 0);
            server.faults().clear();
            try (RawConnection next = new RawConnection(server.host(), server.port())) {
                assertEquals(NOT_FOUND, next.message(readFrame("test", "closed")).resultCode());
            }
        }
    }

    private static byte[] readFrame(String namespace, String key) {
        return Frames.forKey(key).namespace(namespace).info(MsgFlags.INFO1_READ | MsgFlags.INFO1_GET_ALL, 0, 0)
                .build();
    }

    private static byte[] writeFrame(String namespace, String key) {
        return Frames.forKey(key).namespace(namespace).info(0, MsgFlags.INFO2_WRITE, 0)
                .op(OpType.WRITE, 1, "v", Frames.int64(1)).build();
    }

    private static void write(SocketChannel channel, byte[] frame) throws IOException {
        write(channel, ByteBuffer.wrap(frame));
    }

    private static void write(SocketChannel channel, ByteBuffer data) throws IOException {
        while (data.hasRemaining()) {
            channel.write(data);
        }
    }

    private static MessageView readReply(SocketChannel channel) throws IOException, MessageFormatException {
        byte[] frame = readFrameBytes(channel);
        MessageView view = new MessageView();
        view.parse(frame, Proto.HEADER_SIZE, frame.length - Proto.HEADER_SIZE);
        return view;
    }

    /** One whole reply frame, header included (blocking). */
    private static byte[] readFrameBytes(SocketChannel channel) throws IOException {
        ByteBuffer header = readFully(channel, Proto.HEADER_SIZE);
        int len = (int) Proto.bodyLength(Bytes.getLong(header.array(), 0));
        ByteBuffer frame = ByteBuffer.allocate(Proto.HEADER_SIZE + len).put(header.array());
        frame.put(readFully(channel, len).array());
        return frame.array();
    }

    private static ByteBuffer readFully(SocketChannel channel, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new IOException("closed by the server after " + b.position() + " of " + n + " bytes");
            }
        }
        return b;
    }

    /** Whether no reply byte has arrived on the (blocking) channel yet; consumes nothing when so. */
    private static boolean nothingToRead(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        try {
            return channel.read(ByteBuffer.allocate(1)) == 0;
        } finally {
            channel.configureBlocking(true);
        }
    }

    /** Waits until the node has executed {@code n} reads on {@code namespace} (their replies may still be held). */
    private static void awaitExecuted(EmbeddedAerospike server, String namespace, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long executed = 0;
        while (System.nanoTime() < deadline) {
            executed = server.activity().stream()
                    .filter(a -> a.kind() == CommandKind.READ && namespace.equals(a.namespace())).count();
            if (executed >= n) {
                return;
            }
            Thread.sleep(5);
        }
        assertEquals(n, executed, "reads executed on " + namespace);
    }

    private static void awaitConnections(EmbeddedAerospike server, int n) throws InterruptedException {
        IdleConnectionsTest.awaitConnections(server, n);
    }

    private static int serverThreads(EmbeddedAerospike server) {
        return IdleConnectionsTest.serverThreads(server);
    }
}
