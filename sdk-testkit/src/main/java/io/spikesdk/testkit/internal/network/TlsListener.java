package io.spikesdk.testkit.internal.network;

import io.spikesdk.testkit.internal.info.ServerStats;
import io.spikesdk.testkit.internal.node.FaultPlan;
import io.spikesdk.testkit.internal.node.NodeService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's TLS listener: an acceptor thread and one pooled daemon thread per connection, which runs the TLS
 * handshake and then serves the connection as a clear one is served ({@link ClientConnection}), with the client
 * certificate of the handshake in its {@link ConnectionPeer}. A failed handshake closes that connection only.
 * {@link #close()} and {@link #abort()} stop it as {@link NetworkServer}'s do.
 */
public final class TlsListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TlsListener.class);
    private static final int BACKLOG = 256;
    private static final long JOIN_MILLIS = 5_000;
    /** A client that connects and never completes the handshake gives up its thread after this. */
    private static final int HANDSHAKE_TIMEOUT_MS = 10_000;

    private final SSLServerSocket serverSocket;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private final Thread acceptor;
    private final ServerStats stats;
    private final FaultPlan faults;
    private volatile NodeService node;
    private volatile boolean closed;

    /** Binds the TLS port; call {@link #start} to begin serving. */
    public TlsListener(String host, int port, ServerTls tls, ServerStats stats, FaultPlan faults) throws IOException {
        this.stats = stats;
        this.faults = faults;
        this.serverSocket = (SSLServerSocket) tls.context().getServerSocketFactory().createServerSocket();
        tls.configure(serverSocket);
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getByName(host), port), BACKLOG);
        int boundPort = serverSocket.getLocalPort();
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads("spike-aerospike-tls-" + boundPort + "-conn-"));
        this.acceptor = new Thread(this::acceptLoop, "spike-aerospike-tls-" + boundPort + "-acceptor");
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
                    LOG.warn("accept failed on TLS port {}: {}", port(), e.toString());
                }
                continue;
            } catch (InterruptedException e) {
                LOG.debug("acceptor of TLS port {} interrupted", port());
                return;
            }
            register((SSLSocket) socket);
        }
    }

    private void register(SSLSocket socket) {
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
            workers.execute(() -> serve(socket, onClose));
        } catch (IOException | RejectedExecutionException e) {
            LOG.debug("dropping new TLS connection: {}", e.toString());
            closeQuietly(socket);
            onClose.run();
        }
    }

    private void serve(SSLSocket socket, Runnable onClose) {
        try {
            socket.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
            socket.startHandshake();
            socket.setSoTimeout(0);
        } catch (IOException e) {
            LOG.info("TLS handshake from {} failed: {}", socket.getRemoteSocketAddress(), e.getMessage());
            closeQuietly(socket);
            onClose.run();
            return;
        }
        new ClientConnection(socket, new FrameDispatcher(node, stats, ConnectionPeer.tls(socket)), faults, onClose).run();
    }

    /** Number of TLS client connections currently open. */
    public int connectionCount() {
        return clients.size();
    }

    /** The remote addresses of the open TLS client connections. */
    public List<String> clientAddresses() {
        return clients.stream().map(s -> String.valueOf(s.getRemoteSocketAddress())).sorted().toList();
    }

    /** Closes every open TLS client connection now; the listener keeps accepting new ones. */
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
                    try {
                        s.setSoLinger(true, 0);
                    } catch (IOException e) {
                        LOG.debug("cannot set linger 0: {}", e.toString());
                    }
                }
                closeQuietly(s);
            }
            workers.shutdownNow();
            if (!workers.awaitTermination(JOIN_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("connection threads of TLS port {} did not stop within {} ms", port(), JOIN_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
