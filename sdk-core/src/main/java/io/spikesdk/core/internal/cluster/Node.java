package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Host;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.net.ConnectionPool;
import io.spikesdk.core.internal.net.Info;
import io.spikesdk.core.internal.security.SessionKeeper;
import io.spikesdk.core.internal.tls.TlsContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One server node: its name (the {@code node} info value), address, connection pool for commands,
 * command counters, and a dedicated tend connection used only by the tend thread. The generations,
 * peers and failure count are tend-thread state.
 */
public final class Node {
    private final String name;
    private final Host host;
    private final InetSocketAddress address;
    private final ConnectionPool pool;
    private final int infoTimeoutMs;
    private final NodeSettings settings;
    /** The login session when the client authenticates, else {@code null}. */
    private final SessionKeeper session;
    private final NodeMetrics metrics = new NodeMetrics();
    private final AsyncConnectionCounts asyncConnections;
    private volatile boolean active = true;
    private volatile Map<String, Integer> racks = Collections.emptyMap();

    /** The tend thread's info connection; a java.util.concurrent lock guards it, so opening it never pins a virtual thread. */
    private final ReentrantLock tendConnectionLock = new ReentrantLock();
    private Connection tendConnection;
    private int partitionGeneration = -1;
    private long peersGeneration = -1;
    private String rebalanceGeneration;
    private List<PeersParser.Peer> peers = List.of();
    private boolean seed;
    private int failures;

    /** @param session the node's login session, {@code null} when the client does not authenticate */
    Node(String name, Host host, InetSocketAddress address, Connection tendConnection, NodeSettings settings,
         SessionKeeper session) {
        this.name = name;
        this.host = host;
        this.address = address;
        this.tendConnection = tendConnection;
        this.infoTimeoutMs = settings.infoTimeoutMs();
        this.settings = settings;
        this.session = session;
        this.pool = new ConnectionPool(name, this::openCommandConnection,
                settings.minConns(), settings.maxConns(), settings.maxIdleNanos(), settings.metricsListener());
        this.asyncConnections = new AsyncConnectionCounts(name, settings.metricsListener());
    }

    /** A new pooled connection (TLS when configured), authenticated with the node's session when the client logs in. */
    private Connection openCommandConnection() throws IOException {
        Connection conn = settings.open(host, address, settings.connectTimeoutMs());
        if (session == null) {
            return conn;
        }
        try {
            conn.setTimeouts(infoTimeoutMs, 0);
            session.authenticate(conn);
            return conn;
        } catch (IOException | RuntimeException e) {
            conn.close();
            throw e;
        }
    }

    /**
     * Connection settings shared by all nodes of a cluster.
     *
     * @param tls TLS for every connection, or {@code null} for clear connections
     * @param metricsListener told of connections opened and closed, or {@code null}
     */
    public record NodeSettings(int connectTimeoutMs, int infoTimeoutMs, int minConns, int maxConns, long maxIdleNanos,
            TlsContext tls, MetricsListener metricsListener) {

        /** Settings for clear connections without a metrics listener. */
        public NodeSettings(int connectTimeoutMs, int infoTimeoutMs, int minConns, int maxConns, long maxIdleNanos) {
            this(connectTimeoutMs, infoTimeoutMs, minConns, maxConns, maxIdleNanos, null, null);
        }

        /** Opens a connection to {@code host} at {@code address}: with TLS, checked against the host's TLS name. */
        Connection open(Host host, InetSocketAddress address, int timeoutMs) throws IOException {
            return Connection.open(address, timeoutMs, tls, tls == null ? null : host.tlsNameOrName());
        }
    }

    public String name() {
        return name;
    }

    public Host host() {
        return host;
    }

    public InetSocketAddress address() {
        return address;
    }

    public ConnectionPool pool() {
        return pool;
    }

    public NodeMetrics metrics() {
        return metrics;
    }

    /** The async client's connections to this node (its event loops pool their own). */
    public AsyncConnectionCounts asyncConnections() {
        return asyncConnections;
    }

    /** The node's rack in {@code namespace}, or {@link NodeInfo#NO_RACK}. */
    public int rack(String namespace) {
        return racks.getOrDefault(namespace, NodeInfo.NO_RACK);
    }

    void racks(Map<String, Integer> racks) {
        this.racks = Map.copyOf(racks);
    }

    /** A snapshot for the public API. */
    public NodeInfo info() {
        return new NodeInfo(name, host.name(), host.port(), active, racks);
    }

    public boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }

    /**
     * Info request on the tend connection (opened, and logged in or authenticated, on demand; the session renewed
     * when due); tend thread only.
     */
    Map<String, String> tendInfo(List<String> commands) throws IOException {
        try {
            return Info.request(tendConnection(), commands);
        } catch (IOException | RuntimeException e) {
            closeTendConnection();
            throw e;
        }
    }

    private Connection tendConnection() throws IOException {
        tendConnectionLock.lock();
        try {
            if (!active) {
                throw new IOException("node " + name + " is closed");
            }
            if (tendConnection == null || tendConnection.isClosed()) {
                Connection conn = settings.open(host, address, infoTimeoutMs);
                try {
                    conn.setTimeouts(infoTimeoutMs, 0);
                    if (session != null) {
                        session.establishTend(conn);
                    }
                } catch (IOException | RuntimeException e) {
                    conn.close();
                    throw e;
                }
                tendConnection = conn;
            } else {
                tendConnection.setTimeouts(infoTimeoutMs, 0);
                if (session != null) {
                    session.refreshIfDue(tendConnection);
                }
            }
            return tendConnection;
        } finally {
            tendConnectionLock.unlock();
        }
    }

    /** Info request on a pooled connection; any thread. */
    public Map<String, String> info(List<String> commands, int timeoutMs) throws IOException {
        Connection conn = pool.borrow(timeoutMs * 1_000_000L);
        try {
            conn.setTimeouts(timeoutMs, 0);
            Map<String, String> result = Info.request(conn, commands);
            pool.release(conn);
            return result;
        } catch (IOException | RuntimeException e) {
            pool.discard(conn);
            throw e;
        }
    }

    /** The client's TLS, {@code null} for clear connections. */
    public TlsContext tls() {
        return settings.tls();
    }

    /** The name the node's TLS certificate must carry: the host's TLS name, else its host name. */
    public String tlsName() {
        return host.tlsNameOrName();
    }

    /** The node's login session, {@code null} when the client does not authenticate. */
    public SessionKeeper session() {
        return session;
    }

    /**
     * A command was answered NOT_AUTHENTICATED or EXPIRED_SESSION: the session is renewed by the next new
     * connection, and the idle connections (authenticated with the refused session) are closed so the retry
     * opens a fresh one. Without a session there is nothing to renew: false.
     */
    public boolean sessionRefused() {
        if (session == null) {
            return false;
        }
        session.sessionRefused();
        pool.closeIdle();
        return true;
    }

    void closeTendConnection() {
        tendConnectionLock.lock();
        try {
            if (tendConnection != null) {
                tendConnection.close();
                tendConnection = null;
            }
        } finally {
            tendConnectionLock.unlock();
        }
    }

    int partitionGeneration() {
        return partitionGeneration;
    }

    void partitionGeneration(int generation) {
        partitionGeneration = generation;
    }

    long peersGeneration() {
        return peersGeneration;
    }

    void peersGeneration(long generation) {
        peersGeneration = generation;
    }

    /** The last {@code rebalance-generation} answer, or {@code null} before the first rack refresh. */
    String rebalanceGeneration() {
        return rebalanceGeneration;
    }

    void rebalanceGeneration(String generation) {
        rebalanceGeneration = generation;
    }

    /** The peers this node listed at its last peers refresh. */
    List<PeersParser.Peer> peers() {
        return peers;
    }

    void peers(List<PeersParser.Peer> peers) {
        this.peers = peers;
    }

    /**
     * Whether the node was reached through a seed address (possibly a load balancer) that has not yet been
     * compared with the address its peers announce.
     */
    boolean isSeed() {
        return seed;
    }

    void markSeed() {
        seed = true;
    }

    /** The seed address was compared with the announced one (once per node). */
    void seedChecked() {
        seed = false;
    }

    int failures() {
        return failures;
    }

    void tendFailed() {
        failures++;
    }

    void tendSucceeded() {
        failures = 0;
    }

    /** Closes the tend connection and every pooled connection. */
    void close() {
        active = false;
        closeTendConnection();
        pool.close();
    }

    /** The error for an info value that reports a failure, or null. */
    AerospikeException infoError(String command, String value) {
        return Info.error(command, value, name);
    }

    @Override
    public String toString() {
        return name + " " + host.name() + ":" + host.port();
    }
}
