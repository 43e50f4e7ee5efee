package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.InvalidNamespaceException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Replica;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.Log;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The nodes of one cluster and its partition map, kept fresh by a tend thread.
 *
 * <p>Connect: validate a seed ({@link NodeValidator}), read its peers ({@code peers-clear-std}) and
 * partition map ({@code partition-generation} + {@code replicas}). Every {@code tendInterval} the tend
 * thread asks each node {@code node}, {@code peers-generation} and {@code partition-generation}, adds
 * peers it does not know, and rebuilds the map when a partition generation changed. Nodes and map are
 * published as immutable snapshots through volatile fields, so commands never lock.
 */
public final class Cluster {
    private static final Log LOG = Log.named("core.cluster");
    private static final AtomicInteger IDS = new AtomicInteger();

    private final ClientConfig config;
    private final NodeValidator validator;
    private final int id = IDS.incrementAndGet();
    private final AtomicInteger replicaCursor = new AtomicInteger();
    private final Object lifecycle = new Object();
    private volatile Node[] nodes = new Node[0];
    private volatile PartitionMap partitionMap = PartitionMap.EMPTY;
    private volatile boolean closed;
    private volatile Thread tendThread;

    public Cluster(ClientConfig config) {
        this.config = config;
        int connectMs = (int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis());
        int infoMs = connectMs > 0 ? connectMs : 1000;
        Node.NodeSettings settings = new Node.NodeSettings(connectMs, infoMs, config.minConnsPerNode(),
                config.maxConnsPerNode(), config.maxSocketIdle().toNanos());
        this.validator = new NodeValidator(config.clusterName(), settings);
    }

    /** Name prefix of the tend threads (tests look for it). */
    public static final String TEND_THREAD_PREFIX = "spike-tend-";

    /**
     * Connects through the first seed that validates, loads the partition map and starts the tend
     * thread. Idempotent.
     *
     * @throws AerospikeException SERVER_NOT_AVAILABLE naming why each seed failed
     */
    public void connect() {
        synchronized (lifecycle) {
            if (closed) {
                throw AerospikeException.create(ResultCode.CLIENT_CLOSED, "client is closed", null, false, 0);
            }
            if (tendThread != null) {
                return;
            }
            List<String> failures = new ArrayList<>();
            for (Host seed : config.hosts()) {
                try {
                    Node node = validator.validate(seed);
                    addNode(node);
                    refreshPeers(node);
                    refreshPartitions(node);
                    break;
                } catch (AerospikeException | IOException e) {
                    failures.add(seed + ": " + e.getMessage());
                    LOG.warn("seed " + seed + " failed: " + e.getMessage());
                }
            }
            if (nodes.length == 0) {
                throw AerospikeException.create(ResultCode.SERVER_NOT_AVAILABLE,
                        "cannot connect to any seed: " + String.join("; ", failures), null, false, 0);
            }
            if (LOG.infoEnabled()) {
                LOG.info("cluster " + id + " connected: nodes " + Arrays.toString(nodes) + ", " + partitionMap);
            }
            tendThread = new Thread(this::tendLoop, TEND_THREAD_PREFIX + id);
            tendThread.setDaemon(true);
            tendThread.start();
        }
    }

    public boolean isConnected() {
        return !closed && nodes.length > 0 && tendThread != null;
    }

    public boolean isClosed() {
        return closed;
    }

    public Node[] nodes() {
        return nodes.clone();
    }

    public PartitionMap partitionMap() {
        return partitionMap;
    }

    public ClientConfig config() {
        return config;
    }

    /**
     * The node for an attempt: {@code MASTER} (and {@code ANY} for writes) always asks the master;
     * {@code SEQUENCE}/{@code PREFER_RACK} start at column {@code attempt % replicas}; {@code ANY} reads
     * start at a rotating column. Columns without an active owner are skipped.
     *
     * @throws InvalidNamespaceException when no node announced the namespace
     * @throws AerospikeException INVALID_NODE_ERROR when no active node owns the partition
     */
    public Node node(Key key, Policy policy, int attempt, boolean write) {
        PartitionMap.Partitions partitions = partitionMap.partitions(key.namespace());
        if (partitions == null) {
            throw new InvalidNamespaceException("Namespace not found in partition map: " + key.namespace());
        }
        int pid = key.partitionId();
        int count = partitions.replicaCount();
        Replica replica = policy.replica();
        if (replica == Replica.MASTER || (write && replica == Replica.ANY) || count == 1) {
            Node master = count == 0 ? null : partitions.node(0, pid);
            if (master != null && master.isActive()) {
                return master;
            }
            throw noNode(key, pid);
        }
        int start = replica == Replica.ANY ? replicaCursor.getAndIncrement() & Integer.MAX_VALUE : attempt;
        for (int i = 0; i < count; i++) {
            Node node = partitions.node((start + i) % count, pid);
            if (node != null && node.isActive()) {
                return node;
            }
        }
        throw noNode(key, pid);
    }

    private static AerospikeException noNode(Key key, int pid) {
        return AerospikeException.create(ResultCode.INVALID_NODE_ERROR,
                "no active node owns partition " + pid + " of namespace " + key.namespace(), null, false, 0);
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

    /** One tend round over every node (the tend thread; tests may call it directly). */
    public void tend() {
        for (Node node : nodes) {
            if (closed) {
                return;
            }
            try {
                tendNode(node);
                node.tendSucceeded();
            } catch (IOException | AerospikeException e) {
                node.tendFailed();
                LOG.warn("tend of node " + node + " failed (" + node.failures() + " in a row): " + e.getMessage());
            }
            node.pool().trimIdle();
            IOException fillFailure = node.pool().fillToMin();
            if (fillFailure != null && LOG.debugEnabled()) {
                LOG.debug("node " + node + ": cannot open min connections: " + fillFailure.getMessage());
            }
        }
    }

    private void tendNode(Node node) throws IOException {
        Map<String, String> info = node.tendInfo(List.of("node", "peers-generation", "partition-generation"));
        String name = info.get("node");
        if (!node.name().equals(name)) {
            node.deactivate();
            throw new AerospikeException(ResultCode.INVALID_NODE_ERROR,
                    "node " + node + " now answers with name " + name + "; deactivated");
        }
        long peersGeneration = parseLong(info.get("peers-generation"), "peers-generation");
        if (peersGeneration != node.peersGeneration()) {
            refreshPeers(node);
        }
        int partitionGeneration = (int) parseLong(info.get("partition-generation"), "partition-generation");
        if (partitionGeneration != node.partitionGeneration()) {
            refreshPartitions(node);
        }
    }

    private void refreshPeers(Node node) throws IOException {
        String value = node.tendInfo(List.of("peers-clear-std")).get("peers-clear-std");
        AerospikeException error = node.infoError("peers-clear-std", value);
        if (error != null) {
            throw error;
        }
        PeersParser.Peers peers = PeersParser.parse(value);
        for (PeersParser.Peer peer : peers.peers()) {
            if (findNode(peer.nodeName()) == null) {
                addPeer(peer);
            }
        }
        node.peersGeneration(peers.generation());
    }

    private void addPeer(PeersParser.Peer peer) {
        for (Host host : peer.hosts()) {
            try {
                Node added = validator.validate(host);
                if (!added.name().equals(peer.nodeName())) {
                    LOG.warn("peer " + host + " announced as " + peer.nodeName() + " answers as " + added.name());
                }
                if (findNode(added.name()) == null) {
                    addNode(added);
                    refreshPartitions(added);
                } else {
                    added.close();
                }
                return;
            } catch (AerospikeException | IOException e) {
                LOG.warn("cannot add peer " + peer.nodeName() + " at " + host + ": " + e.getMessage());
            }
        }
    }

    private void refreshPartitions(Node node) throws IOException {
        Map<String, String> info = node.tendInfo(List.of("partition-generation", "replicas"));
        String replicas = info.get("replicas");
        AerospikeException error = node.infoError("replicas", replicas);
        if (error != null) {
            throw error;
        }
        int generation = (int) parseLong(info.get("partition-generation"), "partition-generation");
        PartitionMap map = partitionMap.toBuilder().apply(node, ReplicasParser.parse(replicas)).build();
        partitionMap = map;
        node.partitionGeneration(generation);
        if (LOG.debugEnabled()) {
            LOG.debug("node " + node + " partition generation " + generation + ": " + map);
        }
    }

    private Node findNode(String name) {
        for (Node node : nodes) {
            if (node.name().equals(name)) {
                return node;
            }
        }
        return null;
    }

    private void addNode(Node node) {
        Node[] current = nodes;
        Node[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = node;
        nodes = next;
        if (LOG.infoEnabled()) {
            LOG.info("cluster " + id + " added node " + node);
        }
    }

    private static long parseLong(String value, String what) {
        try {
            return Long.parseLong(value.trim());
        } catch (RuntimeException e) {
            throw new AerospikeException(ResultCode.PARSE_ERROR, "bad " + what + " value '" + value + "'");
        }
    }

    /** Stops the tend thread and closes every connection. Idempotent. */
    public void close() {
        Thread thread;
        Node[] current;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            thread = tendThread;
            current = nodes;
        }
        if (thread != null) {
            thread.interrupt();
        }
        for (Node node : current) {
            node.close();
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Node node : nodes) {
            node.close();
        }
        if (LOG.infoEnabled()) {
            LOG.info("cluster " + id + " closed");
        }
    }
}
