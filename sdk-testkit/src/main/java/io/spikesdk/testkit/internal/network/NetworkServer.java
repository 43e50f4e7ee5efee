package io.spikesdk.testkit.internal.network;

import io.spikesdk.testkit.internal.info.ServerStats;
import io.spikesdk.testkit.internal.info.ServiceConfig;
import io.spikesdk.testkit.internal.node.FaultPlan;
import io.spikesdk.testkit.internal.node.NodeService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening side of one server, on non-blocking I/O: one selector thread accepts connections
 * and assembles their frames; complete frames are answered by worker threads that exist only while
 * frames are in flight, so an idle connection costs no thread. A reply held by an injected delay
 * costs no thread either: one timer thread (started with the first delayed reply) hands it to a
 * worker when due; frames received while the node is paused wait parked, not in a thread. Past
 * {@code proto-fd-max} open connections a new one is closed at once and counted nowhere, as on the
 * real server. A TLS port ({@link #tls}) is served the same way: the selector thread drives each handshake (the
 * handshake's delegated tasks run on a worker) and closes a connection whose handshake is not done in time, again
 * without a thread per connection.
 * {@link #close()} stops accepting, closes every client connection and waits for all threads to
 * finish; {@link #abort()} does the same with TCP resets, as when a server process is killed. While
 * the node is paused nothing new is accepted.
 */
public final class NetworkServer implements AutoCloseable {
    /** How long a TLS client has, by default, to complete its handshake. */
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(NetworkServer.class);
    /** The real server listens with a backlog of 4096 (cf/src/socket.c). */
    private static final int BACKLOG = 4096;
    private static final long JOIN_MILLIS = 5_000;
    private static final long WORKER_KEEP_ALIVE_SECONDS = 10;
    private static final long REFUSAL_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ServerSocketChannel serverChannel;
    private final Selector selector;
    private final Set<NioConnection> clients = ConcurrentHashMap.newKeySet();
    private final Queue<Runnable> selectorTasks = new ConcurrentLinkedQueue<>();
    private final ThreadPoolExecutor workers;
    /** Holds the replies delayed by faults; its one thread exists only while some are held (or shortly after). */
    private final ScheduledThreadPoolExecutor timer;
    private final Thread selectorThread;
    private final ServerStats stats;
    private final FaultPlan faults;
    private final IntSupplier protoFdMax;
    private final Runnable wakeup;
    private final NioConnection.Host host = new ConnectionHost();
    /** Null on a clear port. */
    private final ServerTls tls;
    private final long handshakeTimeoutNanos;
    /** TLS connections in the order accepted, which is the order their handshakes time out; selector thread. */
    private final Queue<PendingHandshake> handshakes = new ArrayDeque<>();
    private volatile NodeService node;
    private volatile boolean closed;
    private volatile boolean resetOnShutdown;
    private long lastRefusalLog;

    /** Binds the listening socket with the real server's default cap; call {@link #start} to begin serving. */
    public NetworkServer(String host, int port, ServerStats stats, FaultPlan faults) throws IOException {
        this(host, port, stats, faults, () -> ServiceConfig.DEFAULT_PROTO_FD_MAX);
    }

    /**
     * Binds the listening socket; call {@link #start} to begin serving.
     *
     * @param protoFdMax the most client connections open at once, read at every accept
     */
    public NetworkServer(String host, int port, ServerStats stats, FaultPlan faults, IntSupplier protoFdMax)
            throws IOException {
        this(host, port, stats, faults, protoFdMax, null, Duration.ZERO);
    }

    /**
     * Binds a TLS port; call {@link #start} to begin serving. Connections count against the same
     * {@code protoFdMax} as the clear port's when both share {@code stats}.
     *
     * @param handshakeTimeout a connection whose handshake is not done this long after it was accepted is closed
     */
    public static NetworkServer tls(String host, int port, ServerTls tls, Duration handshakeTimeout, ServerStats stats,
            FaultPlan faults, IntSupplier protoFdMax) throws IOException {
        return new NetworkServer(host, port, stats, faults, protoFdMax, tls, handshakeTimeout);
    }

    private NetworkServer(String host, int port, ServerStats stats, FaultPlan faults, IntSupplier protoFdMax,
            ServerTls tls, Duration handshakeTimeout) throws IOException {
        this.tls = tls;
        this.handshakeTimeoutNanos = handshakeTimeout.toNanos();
        this.stats = stats;
        this.faults = faults;
        this.protoFdMax = protoFdMax;
        this.selector = Selector.open();
        this.serverChannel = ServerSocketChannel.open();
        try {
            serverChannel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            serverChannel.bind(new InetSocketAddress(InetAddress.getByName(host), port), BACKLOG);
            serverChannel.configureBlocking(false);
        } catch (IOException e) {
            serverChannel.close();
            selector.close();
            throw e;
        }
        int boundPort = port();
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, WORKER_KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemonThreads("spike-aerospike-" + boundPort + "-worker-"));
        this.timer = new ScheduledThreadPoolExecutor(1, daemonThreads("spike-aerospike-" + boundPort + "-timer-"));
        timer.setKeepAliveTime(WORKER_KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        this.selectorThread = new Thread(this::selectLoop, "spike-aerospike-" + boundPort + "-selector");
        selectorThread.setDaemon(true);
        this.wakeup = selector::wakeup;
    }

    public int port() {
        return serverChannel.socket().getLocalPort();
    }

    /** Starts accepting connections served by the given node. */
    public void start(NodeService nodeService) {
        this.node = nodeService;
        try {
            serverChannel.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch port " + port(), e);
        }
        faults.addResumeListener(wakeup);
        selectorThread.start();
    }

    private void selectLoop() {
        try {
            while (!closed) {
                runSelectorTasks();
                watchAccepts();
                selector.select(millisToNextHandshakeTimeout());
                Set<SelectionKey> ready = selector.selectedKeys();
                for (SelectionKey key : ready) {
                    handle(key);
                }
                ready.clear();
                closeTimedOutHandshakes();
            }
        } catch (IOException e) {
            LOG.error("selector of port {} failed; the server stops serving", port(), e);
        } finally {
            closeEverything();
        }
    }

    private void runSelectorTasks() {
        Runnable task;
        while ((task = selectorTasks.poll()) != null) {
            task.run();
        }
    }

    /** Accepting is suspended while the node is paused (a resume wakes the selector). */
    private void watchAccepts() {
        SelectionKey key = serverChannel.keyFor(selector);
        if (key != null && key.isValid()) {
            key.interestOps(faults.paused() ? 0 : SelectionKey.OP_ACCEPT);
        }
    }

    /** 0 (no timeout) when no handshake is pending. */
    private long millisToNextHandshakeTimeout() {
        PendingHandshake next = handshakes.peek();
        if (next == null) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(next.deadline() - System.nanoTime()) + 1);
    }

    private void closeTimedOutHandshakes() {
        long now = System.nanoTime();
        PendingHandshake next;
        while ((next = handshakes.peek()) != null && (next.connection().handshakeDone()
                || next.connection().isClosed() || now - next.deadline() >= 0)) {
            handshakes.remove();
            NioConnection connection = next.connection();
            if (!connection.handshakeDone() && !connection.isClosed()) {
                LOG.info("TLS handshake from {} failed: not done within {} ms", connection.address(),
                        TimeUnit.NANOSECONDS.toMillis(handshakeTimeoutNanos));
                connection.close(false);
            }
        }
    }

    private void handle(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            acceptAll();
        } else if (key.isReadable() || key.isWritable()) {
            ready((NioConnection) key.attachment());
        }
    }

    private static void ready(NioConnection connection) {
        try {
            connection.onReady();
        } catch (RuntimeException e) {
            LOG.error("closing connection from {} after an unexpected failure", connection.address(), e);
            connection.close(false);
        }
    }

    private void acceptAll() {
        while (!closed && !faults.paused()) {
            SocketChannel channel;
            try {
                channel = serverChannel.accept();
            } catch (IOException e) {
                LOG.warn("accept failed on port {}: {}", port(), e.toString());
                return;
            }
            if (channel == null) {
                return;
            }
            register(channel);
        }
    }

    private void register(SocketChannel channel) {
        int max = protoFdMax.getAsInt();
        if (stats.openConnections() >= max) {
            refuse(channel, max);
            return;
        }
        NioConnection connection;
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Transport transport = tls == null ? new ClearTransport(channel)
                    : new TlsTransport(channel, tls.newEngine());
            connection = new NioConnection(channel, transport, host, node, stats, faults);
        } catch (IOException e) {
            LOG.debug("dropping new connection: {}", e.toString());
            closeQuietly(channel);
            return;
        }
        stats.connectionOpened();
        clients.add(connection);
        try {
            connection.attach(channel.register(selector, SelectionKey.OP_READ, connection));
        } catch (IOException e) {
            LOG.debug("dropping new connection: {}", e.toString());
            connection.close(false);
            return;
        }
        if (tls != null) {
            handshakes.add(new PendingHandshake(connection, System.nanoTime() + handshakeTimeoutNanos));
        }
    }

    /** As the real server: closed at once, in neither client_connections_opened nor _closed; a rate-limited warning. */
    private void refuse(SocketChannel channel, int max) {
        closeQuietly(channel);
        long now = System.nanoTime();
        if (lastRefusalLog == 0 || now - lastRefusalLog >= REFUSAL_LOG_INTERVAL_NANOS) {
            lastRefusalLog = now;
            LOG.warn("refusing client connection on port {} - proto-fd-max {}", port(), max);
        }
    }

    /** Number of client connections currently open. */
    public int connectionCount() {
        return clients.size();
    }

    /** The remote addresses of the open client connections. */
    public List<String> clientAddresses() {
        return clients.stream().map(NioConnection::address).sorted().toList();
    }

    /** Closes every open client connection now; the server keeps accepting new ones. */
    public void closeClients() {
        for (NioConnection c : clients) {
            c.close(false);
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
        resetOnShutdown = reset;
        closed = true;
        faults.removeResumeListener(wakeup);
        try {
            if (selectorThread.isAlive()) {
                selector.wakeup();
                selectorThread.join(JOIN_MILLIS);
            } else {
                closeEverything();
            }
            timer.shutdownNow(); // replies still held are never sent: their connections are closed
            workers.shutdownNow();
            if (!timer.awaitTermination(JOIN_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("timer thread of port {} did not stop within {} ms", port(), JOIN_MILLIS);
            }
            if (!workers.awaitTermination(JOIN_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("worker threads of port {} did not stop within {} ms", port(), JOIN_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Selector thread (or the closer when it never started): the port and every connection, then the selector. */
    private void closeEverything() {
        closed = true;
        closeQuietly(serverChannel);
        for (NioConnection c : clients) {
            c.close(resetOnShutdown);
        }
        // Closing the selector deregisters the channels, which releases their sockets (and sends the resets).
        closeQuietly(selector);
    }

    private void onSelectorThread(Runnable task) {
        selectorTasks.add(task);
        selector.wakeup();
    }

    /** The callbacks of this server's connections. */
    private final class ConnectionHost implements NioConnection.Host {
        @Override
        public void execute(NioConnection connection, Runnable task) {
            try {
                workers.execute(task);
            } catch (RejectedExecutionException e) {
                LOG.debug("server is closing; dropping the frame from {}", connection.address());
                connection.close(resetOnShutdown);
            }
        }

        @Override
        public void schedule(NioConnection connection, long nanos, Runnable task) {
            try {
                timer.schedule(() -> execute(connection, task), nanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("server is closing; dropping the delayed reply to {}", connection.address());
                connection.close(resetOnShutdown);
            }
        }

        @Override
        public void resumeReading(NioConnection connection) {
            onSelectorThread(() -> {
                SelectionKey key = connection.key();
                if (key != null && key.isValid()) {
                    key.interestOps(SelectionKey.OP_READ);
                    if (connection.hasBufferedInput()) {
                        ready(connection); // the next frame came with the last one, decrypted already
                    }
                }
            });
        }

        @Override
        public void continueOnSelector(NioConnection connection) {
            onSelectorThread(() -> {
                if (!connection.isClosed()) {
                    ready(connection);
                }
            });
        }

        @Override
        public void closed(NioConnection connection) {
            if (clients.remove(connection)) {
                stats.connectionClosed();
            }
            // A channel registered with the selector is released when the selector next deregisters it.
            selector.wakeup();
        }
    }

    /** A TLS connection accepted at some time, and when its handshake must be done. */
    private record PendingHandshake(NioConnection connection, long deadline) {
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.debug("close failed: {}", e.toString());
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
