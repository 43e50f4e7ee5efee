package io.spikesdk.admin;

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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A scripted single node on an ephemeral port for both clients: it answers the info commands of their cluster
 * tending like one node owning every partition of {@code test}, records each admin (proto type 2) request frame and
 * answers it with the frame its {@link #answer} function gives.
 */
final class ScriptedNode implements AutoCloseable {
    private static final String ALL_OWNED = "////".repeat(170) + "//8=";

    private final ServerSocket server;
    private final Map<String, String> info = new ConcurrentHashMap<>();
    private final BlockingQueue<byte[]> requests = new LinkedBlockingQueue<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile Function<byte[], byte[]> answer;

    ScriptedNode() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        info.put("node", "BB9ADA0000001");
        info.put("partition-generation", "0");
        info.put("peers-generation", "0");
        info.put("features", "batch-any;batch-index;cdt-list;cdt-map;cluster-stable;float;geo;peers;pipelining;"
            + "pquery;pscans;query-show;relaxed-sc;replicas;truncate-namespace;udf");
        info.put("peers-clear-std", "0,3000,[]");
        info.put("cluster-name", "");
        info.put("build", "8.1.2.0");
        info.put("replicas", "test:0,1," + ALL_OWNED);
        Thread acceptor = new Thread(this::acceptLoop, "scripted-node-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Answers every later admin request with {@code reply(request)}. */
    void answer(Function<byte[], byte[]> reply) {
        this.answer = reply;
    }

    /** The next admin request frame (waits up to 5 s). */
    byte[] nextRequest() throws InterruptedException {
        byte[] frame = requests.poll(5, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no admin request arrived");
        }
        return frame;
    }

    /** Forgets the requests recorded so far (an official client's login). */
    void clearRequests() {
        requests.clear();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                sockets.add(s);
                Thread t = new Thread(() -> serve(s), "scripted-node-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
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
                if (type == 1) {
                    out.write(infoReply(new String(frame, 8, length, StandardCharsets.UTF_8)));
                } else if (type == 2) {
                    requests.add(frame);
                    out.write(answer.apply(frame));
                } else {
                    throw new IllegalStateException("unexpected proto type " + type);
                }
                out.flush();
            }
        } catch (SocketException e) {
            // the client closed its connection
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            sockets.remove(s);
        }
    }

    private byte[] infoReply(String body) {
        StringBuilder sb = new StringBuilder();
        for (String command : body.split("\n")) {
            if (!command.isEmpty()) {
                String value = info.get(command);
                sb.append(command).append('\t').append(value != null ? value : "ERROR:4:unrecognized command")
                    .append('\n');
            }
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + bytes.length).putLong((2L << 56) | (1L << 48) | bytes.length).put(bytes)
            .array();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
