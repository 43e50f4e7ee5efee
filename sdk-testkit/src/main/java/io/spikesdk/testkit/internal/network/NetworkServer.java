package io.spikesdk.testkit.internal.network;

import io.spikesdk.testkit.internal.info.ServerStats;
import io.spikesdk.testkit.internal.node.FaultPlan;
import io.spikesdk.testkit.internal.node.NodeService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening side of one server: an acceptor thread and one pooled daemon thread per client
 * connection (plain blocking sockets). {@link #close()} stops accepting, closes every client
 * socket and waits for all threads to finish; {@link #abort()} does the same with TCP resets, as
 * when a server process is killed. While the node is paused nothing new is accepted.
 */
public final class NetworkServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkServer.class);
    private static final int BACKLOG = 256;
    private static final long JOIN_MILLIS = 5_000;

    private final ServerSocket serverSocket;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private final Thread acceptor;
    private final ServerStats stats;
    private final FaultPlan faults;
    private volatile NodeService node;
    private volatile boolean closed;

    /** Binds the listening socket; call {@link #start} to begin serving. */
    public NetworkServer(String host, int port, ServerStats stats, FaultPlan faults) throws IOException {
        this.stats = stats;
        this.faults = faults;
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getByName(host), port), BACKLOG);
        int boundPort = serverSocket.getLocalPort();
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads("spike-aerospike-" + boundPort + "-conn-"));
        this.acceptor = new Thread(this::acceptLoop, "spike-aerospike-" + boundPort + "-acceptor");
        acceptor.setDaemon(true);
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Starts accepting connections served by the given node. */
    public void start(NodeService nodeService) {
        this.node = nodeService;
        acceptor.start();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                faults.awaitResumed();
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("accept failed on port {}: {}", port(), e.toString());
                }
                continue;
            } catch (InterruptedException e) {
                LOG.debug("acceptor of port {} interrupted", port());
                return;
            }
            register(socket);
        }
    }

    private void register(Socket socket) {
        stats.connectionOpened();
        clients.add(socket);
        Runnable onClose = () -> {
            clients.remove(socket);
            stats.connectionClosed();
        };
        try {
            socket.setTcpNoDelay(true);
            if (closed) {
                throw new IOException("server is closing");
            }
            workers.execute(new ClientConnection(socket, new FrameDispatcher(node, stats, ConnectionPeer.clear(socket)), faults, onClose));
        } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("dropping new connection: {}", e.toString());
            closeQuietly(socket);
            onClose.run();
        }
    }

    /** Number of client connections currently open. */
    public int connectionCount() {
        return clients.size();
    }

    /** The remote addresses of the open client connections. */
    public List<String> clientAddresses() {
        return clients.stream().map(s -> String.valueOf(s.getRemoteSocketAddress())).sorted().toList();
    }

    /** Closes every open client connection now; the server keeps accepting new ones. */
    public void closeClients() {
        for (Socket s : clients) {
            closeQuietly(s);
        }
    }

    @Override
    public void close() {
        shutdown(false);
    }

    /** Like {@link #close()}, but every client connection is reset (RST) instead of closed. */
    public void abort() {
        shutdown(true);
    }

    private void shutdown(boolean reset) {
        closed = true;
        closeQuietly(serverSocket);
        acceptor.interrupt();
        try {
            acceptor.join(JOIN_MILLIS);
            for (Socket s : clients) {
                if (reset) {
                    resetOnClose(s);
                }
                closeQuietly(s);
            }
            workers.shutdownNow();
            if (!workers.awaitTermination(JOIN_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("connection threads of port {} did not stop within {} ms", port(), JOIN_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void resetOnClose(Socket s) {
        try {
            s.setSoLinger(true, 0);
        } catch (IOException e) {
            LOG.debug("cannot set linger 0: {}", e.toString());
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.debug("close failed: {}", e.toString());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
