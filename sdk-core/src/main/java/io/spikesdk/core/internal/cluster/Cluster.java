package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ClusterListener;
import io.spikesdk.api.InvalidNamespaceException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Replica;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.security.LoginCredentials;
import io.spikesdk.core.internal.tls.TlsContext;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The nodes of one cluster and its partition map, kept fresh by a tend thread ({@link Tender}).
 *
 * <p>Nodes and map are immutable snapshots published through volatile fields by the tend thread, so
 * commands never lock and never see a half-built map. Routing: digest → partition id → the node chosen by
 * the policy's {@link Replica} ({@link Router}).
 */
public final class Cluster {
    /** Name prefix of the tend threads (tests look for it). */
    public static final String TEND_THREAD_PREFIX = "spike-tend-";

    private static final Log LOG = Log.named("core.cluster");
    private static final AtomicInteger IDS = new AtomicInteger();

    private final ClientConfig config;
    private final LoginCredentials credentials;
    private final Tender tender;
    private final Router router;
    private final int id = IDS.incrementAndGet();
    private final AtomicInteger replicaCursor = new AtomicInteger();
    /** Guards connect and close; a java.util.concurrent lock so that a virtual thread connecting does not pin. */
    private final ReentrantLock lifecycle = new ReentrantLock();
    /** Serializes tend rounds (the tend thread, connect's seeding, close's last look). */
    private final ReentrantLock tendLock = new ReentrantLock();
    private volatile Node[] nodes = new Node[0];
    private volatile PartitionMap partitionMap = PartitionMap.EMPTY;
    private volatile boolean closed;
    private volatile Thread tendThread;
    private long rounds;

    public Cluster(ClientConfig config) {
        this(config, System::nanoTime);
    }

    /**
     * A cluster whose login sessions expire by {@code nanoClock} (tests advance it instead of sleeping). The
     * password is hashed here, once.
     */
    public Cluster(ClientConfig config, LongSupplier nanoClock) {
        this.config = config;
        int connectMs = (int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis());
        int infoMs = connectMs > 0 ? connectMs : 1000;
        Node.NodeSettings settings = new Node.NodeSettings(connectMs, infoMs, config.minConnsPerNode(),
                config.maxConnsPerNode(), config.maxSocketIdle().toNanos(),
                config.tls() == null ? null : TlsContext.of(config.tls()), config.metricsListener());
        this.credentials = LoginCredentials.of(config);
        this.tender = new Tender(this, new NodeValidator(config.clusterName(), settings, credentials, nanoClock));
        this.router = new Router(config.rackAware() ? config.rackIds() : List.of());
    }

    /**
     * Connects through the first seed that validates and completes a tend round (its peers and partition
     * map loaded), then starts the tend thread. Idempotent.
     *
     * @throws AerospikeException SERVER_NOT_AVAILABLE naming why each seed failed
     * @throws AuthenticationException when no seed could be used and one refused the login (a wrong password, a
     *     Community Edition server that does not support security, ...): the security error, not a connection one
     */
    public void connect() {
        lifecycle.lock();
        try {
            if (closed) {
                throw AerospikeException.create(ResultCode.CLIENT_CLOSED, "client is closed", null, false, 0);
            }
            if (tendThread != null) {
                return;
            }
            List<String> failures;
            tendLock.lock();
            try {
                failures = tender.seed();
            } finally {
                tendLock.unlock();
            }
            if (nodes.length == 0) {
                AuthenticationException loginFailure = tender.seedLoginFailure();
                if (loginFailure != null) {
                    throw AerospikeException.create(loginFailure.resultCode(), loginFailure.detail()
                            + (failures.size() > 1 ? " (all seeds: " + String.join("; ", failures) + ")" : ""),
                            loginFailure.node(), false, 0, loginFailure);
                }
                throw AerospikeException.create(ResultCode.SERVER_NOT_AVAILABLE,
                        "cannot connect to any seed: " + String.join("; ", failures), null, false, 0);
            }
            if (LOG.infoEnabled()) {
                LOG.info("cluster " + id + " connected: nodes " + Arrays.toString(nodes) + ", " + partitionMap);
            }
            Thread thread = new Thread(this::tendLoop, TEND_THREAD_PREFIX + id);
            thread.setDaemon(true);
            thread.start();
            tendThread = thread;
        } finally {
            lifecycle.unlock();
        }
    }

    /**
     * Connects on a command's first use of a client that was not connected explicitly; once connected this is
     * two volatile reads.
     *
     * @throws io.spikesdk.api.ClientClosedException when the cluster is closed
     */
    public void ensureConnected() {
        if (closed) {
            throw new ClientClosedException("client is closed");
        }
        if (tendThread == null) {
            connect();
        }
    }

    public boolean isConnected() {
        return !closed && nodes.length > 0 && tendThread != null;
    }

    public boolean isClosed() {
        return closed;
    }

    /** The nodes commands may be routed to (a copy). */
    public Node[] nodes() {
        return nodes.clone();
    }

    public PartitionMap partitionMap() {
        return partitionMap;
    }

    /** What the nodes log in with, or {@code null} without authentication. */
    public LoginCredentials credentials() {
        return credentials;
    }

    public ClientConfig config() {
        return config;
    }

    /**
     * The node for attempt {@code sequence} of a command (see {@link Router}); add
     * {@link #sequenceStart} to the attempt number.
     *
     * @throws InvalidNamespaceException when no node announced the namespace
     * @throws AerospikeException INVALID_NODE_ERROR when no active node owns the partition
     */
    public Node node(Key key, Policy policy, int sequence, boolean write) {
        PartitionMap.Partitions partitions = partitionMap.partitions(key.namespace());
        if (partitions == null) {
            if (nodes.length == 0) {
                throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR,
                        "no node of the cluster is reachable (the tender retries the seeds)", null, false, 0);
            }
            throw new InvalidNamespaceException("Namespace not found in partition map: " + key.namespace()
                    + " (the cluster has " + new java.util.TreeSet<>(partitionMap.namespaces()) + ")");
        }
        int pid = key.partitionId();
        Node node = router.select(partitions, key.namespace(), pid, policy.replica(), write, sequence);
        if (node == null) {
            throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR,
                    "no active node owns partition " + pid + " of namespace " + key.namespace(), null, false, 0);
        }
        return node;
    }

    /**
     * The node that reads partition {@code pid} of {@code namespace} on attempt {@code sequence} (a scan's or query's
     * per-partition routing), or {@code null} when no active node owns it.
     *
     * @throws InvalidNamespaceException when no node announced the namespace
     */
    public Node partitionNode(String namespace, int pid, Replica replica, int sequence) {
        PartitionMap.Partitions partitions = partitionMap.partitions(namespace);
        if (partitions == null) {
            throw new InvalidNamespaceException("Namespace not found in partition map: " + namespace
                    + " (the cluster has " + new java.util.TreeSet<>(partitionMap.namespaces()) + ")");
        }
        return router.select(partitions, namespace, pid, replica, false, sequence);
    }

    /** The first sequence number of a command: a rotating start for {@code ANY} reads, else 0. */
    public int sequenceStart(Policy policy, boolean write) {
        return policy.replica() == Replica.ANY && !write ? replicaCursor.getAndIncrement() & Integer.MAX_VALUE : 0;
    }

    /** Some active node (for info commands); random to spread the load. */
    public Node anyNode() {
        Node[] current = nodes;
        if (current.length == 0) {
            throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "the cluster has no node", null, false, 0);
        }
        int start = ThreadLocalRandom.current().nextInt(current.length);
        for (int i = 0; i < current.length; i++) {
            Node node = current[(start + i) % current.length];
            if (node.isActive()) {
                return node;
            }
        }
        throw AerospikeException.create(ResultCode.INVALID_NODE_ERROR, "no active node", null, false, 0);
    }

    private void tendLoop() {
        long intervalMs = Math.max(1, config.tendInterval().toMillis());
        while (!closed) {
            try {
                Thread.sleep(intervalMs);
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            try {
                tend();
            } catch (RuntimeException e) {
                LOG.error("cluster " + id + " tend failed", e);
            }
        }
    }

    /**
     * One tend round (the tend thread; tests may call it directly): re-seeds when no node is left, ends a
     * circuit-breaker window every {@code errorRateWindow} rounds, and keeps the pools trimmed and filled.
     */
    public void tend() {
        tendLock.lock();
        try {
            if (closed) {
                return;
            }
            if (nodes.length == 0) {
                List<String> failures = tender.seed();
                if (!failures.isEmpty()) {
                    LOG.warn("cluster " + id + " has no node and no seed answers: " + String.join("; ", failures));
                }
            } else {
                tender.round(List.of());
            }
            rounds++;
            boolean newWindow = rounds % config.errorRateWindow() == 0;
            for (Node node : nodes) {
                if (newWindow) {
                    node.metrics().resetErrorRate();
                }
                node.pool().trimIdle();
                Exception fillFailure = node.pool().fillToMin();
                if (fillFailure != null && LOG.debugEnabled()) {
                    LOG.debug("node " + node + ": cannot open min connections: " + fillFailure.getMessage());
                }
            }
        } finally {
            tendLock.unlock();
        }
    }

    /** Publishes a round's result: the map first (when it changed), then the node list. */
    void publish(Node[] next, PartitionMap map) {
        if (map != null) {
            partitionMap = map;
        }
        nodes = next;
    }

    void fireAdded(Node node) {
        if (LOG.infoEnabled()) {
            LOG.info("cluster " + id + " added node " + node);
        }
        ClusterListener listener = config.clusterListener();
        if (listener != null) {
            try {
                listener.nodeAdded(node.info());
            } catch (RuntimeException e) {
                LOG.warn("cluster listener failed on nodeAdded(" + node.name() + ")", e);
            }
        }
    }

    void fireRemoved(Node node) {
        if (LOG.infoEnabled()) {
            LOG.info("cluster " + id + " removed node " + node);
        }
        ClusterListener listener = config.clusterListener();
        if (listener != null) {
            try {
                listener.nodeRemoved(node.info());
            } catch (RuntimeException e) {
                LOG.warn("cluster listener failed on nodeRemoved(" + node.name() + ")", e);
            }
        }
    }

    /**
     * Stops the tend thread and closes every connection; the last nodes stay listed, inactive, and the
     * listener sees each of them removed. Idempotent.
     */
    public void close() {
        Thread thread;
        lifecycle.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            thread = tendThread;
        } finally {
            lifecycle.unlock();
        }
        if (thread != null) {
            thread.interrupt();
        }
        for (Node node : nodes) {
            node.close();
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Node[] last;
        tendLock.lock();
        try {
            last = nodes;
        } finally {
            tendLock.unlock();
        }
        for (Node node : last) {
            node.close();
            fireRemoved(node);
        }
        if (LOG.infoEnabled()) {
            LOG.info("cluster " + id + " closed");
        }
    }
}
