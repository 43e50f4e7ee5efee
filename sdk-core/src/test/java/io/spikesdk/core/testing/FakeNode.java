package io.spikesdk.core.testing;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-scope capture server on an ephemeral port that answers the tend info commands like one real
 * node (all partitions of its namespaces owned, partition-generation 0, no peers), records every
 * AS_MSG request frame, and answers it as its {@link Responder} says (default: a minimal OK reply).
 */
public final class FakeNode implements AutoCloseable {
    /** An all-partitions-owned replicas bitmap (4096 bits set). */
    public static final String ALL_OWNED = "////".repeat(170) + "//8=";

    /** What to do with one AS_MSG request. */
    @FunctionalInterface
    public interface Responder {
        Action respond(byte[] frame, int index);
    }

    /** A reply, a stall (no answer) or a connection close. */
    public static final class Action {
        final byte[] reply;
        final boolean close;

        private Action(byte[] reply, boolean close) {
            this.reply = reply;
            this.close = close;
        }

        public static Action reply(byte[] frame) {
            return new Action(frame, false);
        }

        public static Action stall() {
            return new Action(null, false);
        }

        public static Action close() {
            return new Action(null, true);
        }
    }

    /** Answers admin (proto type 2) frames; {@code connection} numbers the sockets in accept order from 1. */
    @FunctionalInterface
    public interface AdminResponder {
        byte[] respond(int connection, byte[] frame);
    }

    /** Whether a connection may run info and AS_MSG requests: 0, or the result code refusing them (80). */
    @FunctionalInterface
    public interface Gate {
        int refusal(int connection);
    }

    private final ServerSocket server;
    private volatile AdminResponder admin;
    private volatile Gate gate = connection -> 0;
    private final Thread acceptor;
    private final Map<String, String> info = new ConcurrentHashMap<>();
    private final BlockingQueue<byte[]> requests = new LinkedBlockingQueue<>();
    private final List<String> infoRequests = Collections.synchronizedList(new ArrayList<>());
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger messageCount = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Responder responder = (frame, i) -> Action.reply(reply(0, 1, 0));

    public FakeNode(String nodeName, String... namespaces) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        info.put("node", nodeName);
        info.put("partition-generation", "0");
        info.put("peers-generation", "0");
        info.put("features", "batch-any;batch-index;blob-bits;cdt-index;cdt-list;cdt-map;cluster-stable;float;geo;"
                + "sindex-exists;peers;pipelining;pquery;pscans;query-show;relaxed-sc;replicas;replicas-all;"
                + "replicas-master;replicas-max;truncate-namespace;udf");
        info.put("peers-clear-std", "0,3000,[]");
        info.put("cluster-name", "");
        info.put("build", "8.1.2.0");
        StringBuilder replicas = new StringBuilder();
        for (String ns : namespaces) {
            if (replicas.length() > 0) {
                replicas.append(';');
            }
            replicas.append(ns).append(":0,1,").append(ALL_OWNED);
        }
        info.put("replicas", replicas.toString());
        acceptor = new Thread(this::acceptLoop, "fake-node-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void setInfo(String command, String value) {
        info.put(command, value);
    }

    public void respondWith(Responder r) {
        responder = r;
    }

    /** Answers admin frames with {@code r} (without one, an admin frame goes to the {@link Responder}). */
    public void respondToAdmin(AdminResponder r) {
        admin = r;
    }

    /** Refuses info and AS_MSG requests on the connections {@code g} names (a server with security). */
    public void gate(Gate g) {
        gate = g;
    }

    /** The next recorded AS_MSG request frame (waits up to 5 s). */
    public byte[] nextRequest() throws InterruptedException {
        byte[] frame = requests.poll(5, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no request frame arrived");
        }
        return frame;
    }

    public void clearRequests() {
        requests.clear();
    }

    public int pendingRequests() {
        return requests.size();
    }

    public int messageCount() {
        return messageCount.get();
    }

    /** Waits until {@code expected} AS_MSG requests arrived (the server reads asynchronously), up to {@code ms}. */
    public int awaitMessages(int expected, long ms) throws InterruptedException {
        long end = System.nanoTime() + ms * 1_000_000;
        while (messageCount.get() < expected && System.nanoTime() < end) {
            Thread.sleep(2);
        }
        return messageCount.get();
    }

    public List<String> infoRequests() {
        synchronized (infoRequests) {
            return new ArrayList<>(infoRequests);
        }
    }

    /** Sockets accepted so far. */
    public int acceptedConnections() {
        return accepted.get();
    }

    /** Waits until {@code expected} sockets were accepted (accepting is asynchronous), up to {@code ms}. */
    public int awaitAccepted(int expected, long ms) throws InterruptedException {
        long end = System.nanoTime() + ms * 1_000_000;
        while (accepted.get() < expected && System.nanoTime() < end) {
            Thread.sleep(2);
        }
        return accepted.get();
    }

    /** Client sockets still open (the client has not closed them). */
    public int openConnections() {
        sockets.removeIf(Socket::isClosed);
        return sockets.size();
    }

    /** Waits until the client closed all sockets, up to {@code ms}; returns the open count. */
    public int awaitOpenConnections(int expected, long ms) throws InterruptedException {
        long end = System.nanoTime() + ms * 1_000_000;
        while (openConnections() != expected && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        return openConnections();
    }

    /** A minimal AS_MSG reply with a result code, generation, void time and no fields or ops. */
    public static byte[] reply(int resultCode, int generation, int voidTime) {
        return replyWithOps(resultCode, generation, voidTime, new byte[0], 0);
    }

    /** An AS_MSG reply carrying {@code opCount} already-encoded ops. */
    public static byte[] replyWithOps(int resultCode, int generation, int voidTime, byte[] ops, int opCount) {
        ByteBuffer b = ByteBuffer.allocate(8 + 22 + ops.length);
        b.putLong((2L << 56) | (3L << 48) | (22 + ops.length));
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) resultCode);
        b.putInt(generation).putInt(voidTime).putInt(0).putShort((short) 0).putShort((short) opCount);
        b.put(ops);
        return b.array();
    }

    /** One encoded response op entry. */
    public static byte[] op(int opType, int particle, String name, byte[] value) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + n.length + value.length);
        b.putInt(4 + n.length + value.length).put((byte) opType).put((byte) particle).put((byte) 0).put((byte) n.length);
        b.put(n).put(value);
        return b.array();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                accepted.incrementAndGet();
                sockets.add(s);
                int connection = accepted.get();
                Thread t = new Thread(() -> serve(s, connection), "fake-node-conn-" + connection);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s, int connection) {
        try (s) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                long header;
                try {
                    header = in.readLong();
                } catch (EOFException e) {
                    return;
                }
                int type = (int) (header >>> 48) & 0xFF;
                int length = (int) (header & 0xFFFF_FFFF_FFFFL);
                byte[] frame = new byte[8 + length];
                ByteBuffer.wrap(frame).putLong(header);
                in.readFully(frame, 8, length);
                AdminResponder adminResponder = admin;
                if (type == 2 && adminResponder != null) {
                    out.write(adminResponder.respond(connection, frame));
                    out.flush();
                    continue;
                }
                int refusal = gate.refusal(connection);
                if (type == 1) {
                    out.write(infoReply(new String(frame, 8, length, StandardCharsets.UTF_8), refusal));
                    out.flush();
                    continue;
                }
                int index = messageCount.getAndIncrement();
                requests.add(frame);
                Action action = refusal != 0 ? Action.reply(reply(refusal, 0, 0)) : responder.respond(frame, index);
                if (action.close) {
                    return;
                }
                if (action.reply != null) {
                    out.write(action.reply);
                    out.flush();
                } else {
                    waitForClientClose(in);
                    return;
                }
            }
        } catch (SocketException e) {
            // the client reset the connection: nothing to answer
            sockets.remove(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            sockets.remove(s);
        }
    }

    /** A stalled request: read until the client gives up and closes, or the node is closed. */
    private void waitForClientClose(DataInputStream in) throws IOException {
        byte[] sink = new byte[256];
        while (in.read(sink) >= 0) {
            if (closing.getCount() == 0) {
                return;
            }
        }
    }

    private byte[] infoReply(String body, int refusal) {
        StringBuilder sb = new StringBuilder();
        for (String command : body.split("\n")) {
            if (command.isEmpty()) {
                continue;
            }
            infoRequests.add(command);
            String value = refusal != 0 ? "ERROR:" + refusal + ":not authenticated" : info.get(command);
            sb.append(command).append('\t').append(value != null ? value : "ERROR:4:unrecognized command").append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + bytes.length);
        b.putLong((2L << 56) | (1L << 48) | bytes.length).put(bytes);
        return b.array();
    }

    @Override
    public void close() throws IOException {
        closing.countDown();
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
