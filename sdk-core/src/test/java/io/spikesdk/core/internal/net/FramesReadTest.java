package io.spikesdk.core.internal.net;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.core.internal.protocol.Compression;
import io.spikesdk.core.internal.protocol.Proto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The response read path: {@link Frames#read} over {@link Connection#readAtLeast}, against a raw socket. */
class FramesReadTest {
    private ServerSocket server;
    private Socket peer;
    private OutputStream peerOut;
    private Connection conn;

    @BeforeEach
    void connect() throws IOException {
        server = new ServerSocket(0);
        conn = Connection.open(new InetSocketAddress("127.0.0.1", server.getLocalPort()), 1000);
        peer = server.accept();
        peer.setTcpNoDelay(true);
        peerOut = peer.getOutputStream();
    }

    @AfterEach
    void close() throws IOException {
        conn.close();
        peer.close();
        server.close();
    }

    private static byte[] frame(int type, int bodyLength, long seed) {
        byte[] frame = new byte[Proto.HEADER_SIZE + bodyLength];
        new Random(seed).nextBytes(frame);
        Proto.writeHeader(frame, type, frame.length);
        return frame;
    }

    /** Waits until {@code bytes} sent by the peer are readable on the client socket. */
    private void awaitArrived(int bytes) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (conn.socketBytesAvailable() < bytes) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + bytes + " bytes to arrive");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private byte[] readFrame(int type) throws IOException {
        int length = Frames.read(conn, type);
        return Arrays.copyOf(conn.buffer(0), Proto.HEADER_SIZE + length);
    }

    private void send(byte[] bytes, int from, int to) throws IOException {
        peerOut.write(bytes, from, to - from);
        peerOut.flush();
    }

    @Test
    void frameSplitAcrossManySmallSegments() throws Exception {
        conn.setTimeouts(5000, 0);
        byte[] frame = frame(Proto.TYPE_MESSAGE, 20_000, 1);
        Thread writer = new Thread(() -> {
            try {
                Random random = new Random(7);
                for (int off = 0; off < frame.length; ) {
                    int n = Math.min(frame.length - off, 1 + random.nextInt(700));
                    send(frame, off, off + n);
                    off += n;
                    if (random.nextInt(4) == 0) {
                        Thread.sleep(1);
                    }
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        assertArrayEquals(frame, readFrame(Proto.TYPE_MESSAGE));
        writer.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(conn.bufferSize() >= frame.length, "grown keeping what had arrived");
    }

    @Test
    void headerSplitInTheMiddle() throws Exception {
        conn.setTimeouts(5000, 0);
        byte[] frame = frame(Proto.TYPE_MESSAGE, 100, 2);
        send(frame, 0, 3);
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(20);
                send(frame, 3, 5);
                Thread.sleep(20);
                send(frame, 5, frame.length);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        assertArrayEquals(frame, readFrame(Proto.TYPE_MESSAGE));
        writer.join(10_000);
    }

    @Test
    void twoFramesBackToBackAreNeitherLostNorMixed() throws Exception {
        conn.setTimeouts(5000, 0);
        byte[] first = frame(Proto.TYPE_MESSAGE, 150, 3);
        byte[] second = frame(Proto.TYPE_INFO, 40, 4);
        byte[] third = frame(Proto.TYPE_MESSAGE, 3000, 5);
        byte[] all = new byte[first.length + second.length + third.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        System.arraycopy(third, 0, all, first.length + second.length, third.length);
        send(all, 0, all.length);
        awaitArrived(all.length); // so that the first read takes all three together
        assertArrayEquals(first, readFrame(Proto.TYPE_MESSAGE));
        assertArrayEquals(second, readFrame(Proto.TYPE_INFO));
        assertArrayEquals(third, readFrame(Proto.TYPE_MESSAGE));

        byte[] fourth = frame(Proto.TYPE_MESSAGE, 10, 6);
        send(fourth, 0, fourth.length);
        assertArrayEquals(fourth, readFrame(Proto.TYPE_MESSAGE), "the socket is read again once the kept bytes are used");
    }

    @Test
    void keptBytesServeShortReadsWithoutTheSocket() throws Exception {
        conn.setTimeouts(200, 0);
        byte[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        conn.unread(ten, 4, 6);
        conn.unread(ten, 0, 4);
        byte[] dst = new byte[10];
        assertEquals(3, conn.readAtLeast(dst, 0, 1, 3));
        assertEquals(7, conn.readAtLeast(dst, 3, 7, 7));
        assertArrayEquals(ten, dst);
        assertThrows(SocketTimeoutException.class, () -> conn.readAtLeast(dst, 0, 1, 10), "nothing kept, nothing sent");
    }

    @Test
    void stalledBodyHitsTheSocketTimeout() throws Exception {
        conn.setTimeouts(150, 0);
        byte[] frame = frame(Proto.TYPE_MESSAGE, 500, 8);
        send(frame, 0, 200);
        long start = System.nanoTime();
        assertThrows(SocketTimeoutException.class, () -> Frames.read(conn, Proto.TYPE_MESSAGE));
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(waitedMs >= 149, "waited the socket timeout: " + waitedMs + " ms");
        assertTrue(waitedMs < 5000, "and no more than a few times it: " + waitedMs + " ms");
    }

    @Test
    void stalledBodyHitsTheTotalDeadline() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        conn.setTimeouts(10_000, deadline);
        byte[] frame = frame(Proto.TYPE_MESSAGE, 500, 9);
        send(frame, 0, 100);
        assertThrows(SocketTimeoutException.class, () -> Frames.read(conn, Proto.TYPE_MESSAGE));
        long now = System.nanoTime();
        assertTrue(now - deadline >= 0, "never ends before the deadline");
        assertTrue(now - deadline < TimeUnit.SECONDS.toNanos(5), "ended at the deadline, not the socket timeout");
        assertThrows(SocketTimeoutException.class, () -> conn.readFully(new byte[1], 0, 1), "deadline passed: no wait");
    }

    @Test
    void aReadWaitsItsWholeAllowanceWhenTheSocketOptionIsLower() throws Exception {
        // an exchange close to its deadline leaves a low socket timeout behind
        byte[] frame = frame(Proto.TYPE_MESSAGE, 50, 10);
        conn.setTimeouts(1000, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300));
        send(frame, 0, frame.length);
        readFrame(Proto.TYPE_MESSAGE);
        int left = conn.currentSoTimeout();
        assertTrue(left > 0 && left <= 300, "capped by the deadline: " + left);
        // the next command allows 400 ms per read: the option (within [200, 400]) is kept, the read still waits 400
        conn.setTimeouts(400, 0);
        send(frame, 0, 30);
        long start = System.nanoTime();
        assertThrows(SocketTimeoutException.class, () -> Frames.read(conn, Proto.TYPE_MESSAGE));
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(waitedMs >= 399, "waited the whole socket timeout: " + waitedMs + " ms");
    }

    @Test
    void socketOptionIsOnlySetWhenAReadNeedsIt() throws Exception {
        byte[] frame = frame(Proto.TYPE_MESSAGE, 50, 11);
        conn.setTimeouts(1000, 0);
        send(frame, 0, frame.length);
        readFrame(Proto.TYPE_MESSAGE);
        assertEquals(1000, conn.currentSoTimeout());
        for (int i = 0; i < 5; i++) {
            conn.setTimeouts(1000, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1000 - 100 * i));
            send(frame, 0, frame.length);
            readFrame(Proto.TYPE_MESSAGE);
        }
        assertEquals(600, conn.currentSoTimeout(), "lowered to the deadline (rounded up) once it was closer");
        conn.setTimeouts(1000, 0);
        send(frame, 0, frame.length);
        readFrame(Proto.TYPE_MESSAGE);
        assertEquals(600, conn.currentSoTimeout(), "kept: at least half of the 1000 ms allowed");
        conn.setTimeouts(2000, 0);
        send(frame, 0, frame.length);
        readFrame(Proto.TYPE_MESSAGE);
        assertEquals(2000, conn.currentSoTimeout(), "raised: below half of the 2000 ms allowed");
        conn.setTimeouts(0, 0);
        send(frame, 0, frame.length);
        readFrame(Proto.TYPE_MESSAGE);
        assertEquals(0, conn.currentSoTimeout(), "no limit at all");
    }

    @Test
    void connectionClosedMidFrame() throws Exception {
        conn.setTimeouts(5000, 0);
        byte[] frame = frame(Proto.TYPE_MESSAGE, 500, 12);
        send(frame, 0, 300);
        peer.close();
        IOException e = assertThrows(IOException.class, () -> Frames.read(conn, Proto.TYPE_MESSAGE));
        assertFalse(e instanceof SocketTimeoutException);
        assertTrue(e.getMessage().contains("connection closed"), e.getMessage());
    }

    @Test
    void connectionClosedMidHeader() throws Exception {
        conn.setTimeouts(5000, 0);
        send(frame(Proto.TYPE_MESSAGE, 10, 13), 0, 5);
        peer.close();
        assertThrows(IOException.class, () -> Frames.read(conn, Proto.TYPE_MESSAGE));
    }

    @Test
    void compressedFrameWithItsBodyInTheFirstRead() throws Exception {
        conn.setTimeouts(5000, 0);
        byte[] inner = new byte[Proto.HEADER_SIZE + 2000];
        Arrays.fill(inner, Proto.HEADER_SIZE, inner.length, (byte) 'x');
        Proto.writeHeader(inner, Proto.TYPE_MESSAGE, inner.length);
        byte[] compressed = Compression.compress(inner, inner.length);
        byte[] next = frame(Proto.TYPE_MESSAGE, 20, 14);
        byte[] both = Arrays.copyOf(compressed, compressed.length + next.length);
        System.arraycopy(next, 0, both, compressed.length, next.length);
        send(both, 0, both.length);
        awaitArrived(both.length);
        assertArrayEquals(inner, readFrame(Proto.TYPE_MESSAGE));
        assertArrayEquals(next, readFrame(Proto.TYPE_MESSAGE));
    }

    @Test
    void unexpectedTypeIsAParseError() throws Exception {
        conn.setTimeouts(5000, 0);
        byte[] frame = frame(Proto.TYPE_INFO, 10, 15);
        send(frame, 0, frame.length);
        assertThrows(AerospikeException.class, () -> Frames.read(conn, Proto.TYPE_MESSAGE));
    }
}
