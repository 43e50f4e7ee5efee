package io.spikesdk.testkit;

import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.cluster.ClusterMember;
import io.spikesdk.testkit.internal.cluster.ClusterSnapshot;
import io.spikesdk.testkit.internal.cluster.ClusterState;
import io.spikesdk.testkit.internal.security.SecurityConfig;
import io.spikesdk.testkit.internal.security.SecurityStore;
import io.spikesdk.testkit.internal.info.ServiceConfig;
import io.spikesdk.testkit.internal.node.NodeReset;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceConfig;
import io.spikesdk.testkit.internal.fixture.FixtureStore;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * An N-node Aerospike cluster in one JVM, for tests: each node is an {@link EmbeddedAerospike} on
 * its own loopback port with its own node id, answering {@code peers-clear-std}, {@code replicas}
 * and the generations as a real AP cluster does.
 *
 * <pre>{@code
 * try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start()) {
 *     AerospikeClient client = new AerospikeClient(null, cluster.node(0).host(), cluster.node(0).port());
 *     ...
 *     cluster.killNode(1);   // rebalanced and re-replicated when this returns
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Partitions: each partition orders the live nodes by a hash of (node id, partition id); the
 *       first min(RF, live nodes) own it — master then replicas, on distinct racks when racks are
 *       configured. Membership changes move only the partitions they must.</li>
 *   <li>Writes and deletes are applied by the master and copied to every replica before the reply
 *       is sent, whatever the commit level (a COMMIT_MASTER write is replicated too).</li>
 *   <li>A node receiving a command for a partition it does not serve (writes: not the master;
 *       reads: neither master nor replica) proxies it to the master, as a real AP server does; the
 *       receiving node's {@linkplain EmbeddedAerospike#activity() activity log} records who served it.</li>
 *   <li>Stopping, killing, restarting or adding a node rebalances synchronously: when the call
 *       returns, generations are bumped and every partition has its copies on the live nodes, so no
 *       acknowledged write is lost while one copy survives. Storage is in memory: a restarted node
 *       comes back empty and is refilled by migration.</li>
 * </ul>
 *
 * <p>Use the cluster's methods, not {@link EmbeddedAerospike#close()} of a node, to change
 * membership. Thread-safe.
 */
public final class EmbeddedCluster implements AutoCloseable, TestkitScope {
    private static final long NODE_ID_BASE = 0xBB9_0000_0000_0000L;
    private static final long NODE_ID_SUFFIX = 0x0011_AC42L;

    private final Builder config;
    private final ClusterState state;
    private final TestClock clock;
    private final List<EmbeddedAerospike> nodes = new ArrayList<>();
    private boolean started;
    private final Expectations expectations = new Expectations(this::activity);
    /** One security store for every node, as a real cluster shares its users and roles; null without security. */
    private final SecurityStore security;

    private EmbeddedCluster(Builder config) {
        this.config = config;
        this.state = new ClusterState(config.replicationFactor, namespaces(), !config.racks.isEmpty());
        this.clock = new TestClock(config.clock);
        this.security = config.security == null ? null : new SecurityStore(config.security, clock::millis);
    }

    /** Same as {@link EmbeddedAerospike#cluster()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts every node and forms the cluster.
     *
     * @return this cluster
     * @throws java.io.UncheckedIOException when a port cannot be bound (nodes already started are closed)
     * @throws IllegalStateException when already started
     */
    public synchronized EmbeddedCluster start() {
        if (started) {
            throw new IllegalStateException("cluster already started");
        }
        started = true;
        List<ClusterMember> members = new ArrayList<>();
        try {
            for (int i = 0; i < config.nodes; i++) {
                EmbeddedAerospike node = newNode(i);
                node.startInCluster(state, rackOf(i));
                members.add(node.member(rackOf(i)));
            }
        } catch (RuntimeException e) {
            nodes.forEach(EmbeddedAerospike::close);
            throw e;
        }
        state.join(members);
        return this;
    }

    private EmbeddedAerospike newNode(int index) {
        EmbeddedAerospike node = config.nodeBuilder(index).clock(clock).sharedSecurity(security).build();
        node.testkitScope(this);
        nodes.add(node);
        return node;
    }

    private int rackOf(int index) {
        return config.racks.getOrDefault(index, 0);
    }

    /** Every node ever started, by index (stopped and killed ones included). */
    public synchronized List<EmbeddedAerospike> nodes() {
        return List.copyOf(nodes);
    }

    /** The node with this index (0-based, in start / {@link #addNode()} order). */
    public synchronized EmbeddedAerospike node(int index) {
        checkIndex(index);
        return nodes.get(index);
    }

    /** Seed list: "host:port" of every running node. */
    public synchronized List<String> hosts() {
        List<String> hosts = new ArrayList<>();
        for (EmbeddedAerospike n : nodes) {
            if (n.isRunning()) {
                hosts.add(n.host() + ":" + n.port());
            }
        }
        return hosts;
    }

    /** The namespaces every node has. */
    public List<String> namespaces() {
        return config.namespaces.isEmpty() ? List.of("test") : List.copyOf(config.namespaces);
    }

    /** The configured replication factor (each partition has min(RF, live nodes) copies). */
    public int replicationFactor() {
        return config.replicationFactor;
    }

    /** Graceful stop: connections closed, node removed, partitions re-replicated before returning. */
    public synchronized void stopNode(int index) {
        EmbeddedAerospike node = running(index);
        node.close();
        state.leave(parseId(node.nodeId()));
    }

    /** Abrupt stop: every connection reset, node removed, partitions re-replicated before returning. */
    public synchronized void killNode(int index) {
        EmbeddedAerospike node = running(index);
        node.kill();
        state.leave(parseId(node.nodeId()));
    }

    /**
     * Starts a node again on the same port with the same node id (stopping it first when running).
     * It comes back with empty storage and receives its partitions by migration before this returns.
     */
    public synchronized void restartNode(int index) {
        checkIndex(index);
        EmbeddedAerospike node = nodes.get(index);
        if (node.isRunning()) {
            stopNode(index);
        }
        node.startInCluster(state, rackOf(index));
        state.join(List.of(node.member(rackOf(index))));
    }

    /** Starts one more node (next index; port basePort + index, or ephemeral), rebalanced before returning. */
    public synchronized EmbeddedAerospike addNode() {
        if (!started) {
            throw new IllegalStateException("cluster not started");
        }
        int index = nodes.size();
        EmbeddedAerospike node = newNode(index);
        try {
            node.startInCluster(state, rackOf(index));
        } catch (RuntimeException e) {
            nodes.remove(index);
            throw e;
        }
        state.join(List.of(node.member(rackOf(index))));
        return node;
    }

    /**
     * The node id serving a record's partition in a column of the current map.
     *
     * @param replicaIndex 0 = master, 1.. = replicas
     * @return the node id (as {@link EmbeddedAerospike#nodeId()}), or null when the partition has
     *     fewer copies than {@code replicaIndex + 1} (fewer live nodes than the replication factor)
     */
    public String partitionOwner(String namespace, byte[] digest, int replicaIndex) {
        if (digest == null || digest.length != Digest.SIZE) {
            throw new IllegalArgumentException("a digest has " + Digest.SIZE + " bytes");
        }
        return partitionOwner(namespace, new Digest(digest.clone()).partitionId(), replicaIndex);
    }

    /** As {@link #partitionOwner(String, byte[], int)}, by partition id (0..4095). */
    public String partitionOwner(String namespace, int partitionId, int replicaIndex) {
        if (!namespaces().contains(namespace)) {
            throw new IllegalArgumentException("unknown namespace: " + namespace);
        }
        if (partitionId < 0 || partitionId >= Proto.PARTITIONS || replicaIndex < 0) {
            throw new IllegalArgumentException("bad partition " + partitionId + " or replica index " + replicaIndex);
        }
        long owner = state.snapshot().table().owner(partitionId, replicaIndex);
        return owner == 0 ? null : Long.toHexString(owner).toUpperCase(Locale.ROOT);
    }

    /**
     * Returns once no membership change is in progress. Rebalancing and migrations are synchronous,
     * so after any membership call has returned the cluster is already stable.
     */
    public synchronized void awaitStable() {
        ClusterSnapshot snapshot = state.snapshot();
        int expected = Math.min(config.replicationFactor, snapshot.members().size());
        if (snapshot.table().replicaCount() != expected) {
            throw new IllegalStateException("partition map has " + snapshot.table().replicaCount()
                    + " copies, expected " + expected);
        }
    }

    /** The activity logs of every node, merged in order. */
    public synchronized List<ActivityEntry> activity() {
        List<ActivityEntry> all = new ArrayList<>();
        for (EmbeddedAerospike n : nodes) {
            all.addAll(n.activity());
        }
        all.sort(Comparator.comparingLong(ActivityEntry::sequence));
        return all;
    }

    /** Empties the activity log of every node. */
    public synchronized void clearActivity() {
        nodes.forEach(EmbeddedAerospike::clearActivity);
    }

    /** Stops every node. */
    @Override
    public synchronized void close() {
        for (EmbeddedAerospike n : nodes) {
            n.close();
        }
    }

    private EmbeddedAerospike running(int index) {
        checkIndex(index);
        EmbeddedAerospike node = nodes.get(index);
        if (!node.isRunning()) {
            throw new IllegalStateException("node " + index + " is not running");
        }
        return node;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= nodes.size()) {
            throw new IndexOutOfBoundsException("no node " + index + " (cluster has " + nodes.size() + ")");
        }
    }

    private static long parseId(String hex) {
        return Long.parseUnsignedLong(hex, 16);
    }

    @Override
    public synchronized String toString() {
        return "EmbeddedCluster" + hosts();
    }

    // ---- isolation and time travel (issue 17) ----

    /**
     * Empties every node as one step (see {@link EmbeddedAerospike#reset()}): no node keeps a record, index or UDF
     * module, faults, activity logs and expectations are cleared, and {@link #clock()} goes back to the builder's clock.
     * Membership does not change: stopped nodes stay stopped, and the partition map stays as it is.
     */
    @Override
    public synchronized void reset() {
        List<NodeReset> targets = new ArrayList<>();
        for (EmbeddedAerospike node : nodes) {
            targets.add(node.resetTarget());
            node.simulateSystemMemoryUsedPct(0);
        }
        NodeReset.resetAll(targets);
        nodes.forEach(EmbeddedAerospike::resetSecurity);
        clock.rewind();
        clearExpectations();
    }

    /** The clock every node shares: advancing it expires records on all of them at once. */
    public TestClock clock() {
        return clock;
    }

    // ---- Fixtures, inspection and request expectations (issue 17) ----

    /**
     * Loads a fixture file ({@code .json} or {@code .asb}) into the cluster: each record goes to its partition's
     * master and is replicated as a client write is. See {@link EmbeddedAerospike#load(Path)}.
     */
    @Override
    public int load(Path file) {
        FixtureFormat format = FixtureFormat.of(file);
        return fixtureStore().load(FixtureFiles.read(file), format, file.toString());
    }

    /** Loads a fixture from a stream (not closed) in the given format. */
    public int load(InputStream in, FixtureFormat format) {
        return load(FixtureFiles.read(in), format, "fixture stream (" + format + ")");
    }

    /** Loads fixture content; {@code source} names it in error messages. */
    @Override
    public int load(byte[] content, FixtureFormat format, String source) {
        return fixtureStore().load(content, format, source);
    }

    /** Writes the live records of a namespace and set (null: all), read from each partition's master. */
    public void dump(Path file, String namespace, String set) {
        FixtureFiles.write(file, fixtureStore().dump(FixtureFormat.of(file), namespace, set));
    }

    /** Writes the live records of a namespace and set (null: all) to {@code out} (not closed) in {@code format}. */
    @Override
    public void dump(OutputStream out, FixtureFormat format, String namespace, String set) {
        FixtureFiles.write(out, fixtureStore().dump(format, namespace, set));
    }

    /** The live records of a namespace and set (null: every set), read from each partition's master. */
    public List<ServerRecord> records(String namespace, String set) {
        return fixtureStore().records(namespace, set);
    }

    /** The last {@code n} requests of every node, oldest first. */
    @Override
    public List<ActivityEntry> recentActivity(int n) {
        return Inspection.last(activity(), n);
    }

    /** The last {@code n} requests of every node as readable lines. */
    public String describeActivity(int n) {
        return Inspection.describe(recentActivity(n));
    }

    /** Declares an expectation on the requests any node receives from now on; see {@link #verify()}. */
    public RequestExpectation expect() {
        return expectations.declare();
    }

    /** Checks every expectation declared with {@link #expect()}; AssertionError listing what was received. */
    public void verify() {
        expectations.verify();
    }

    /** Forgets the declared expectations. */
    public void clearExpectations() {
        expectations.clear();
    }

    private synchronized FixtureStore fixtureStore() {
        EmbeddedAerospike any = nodes.stream().filter(EmbeddedAerospike::isRunning).findFirst()
                .orElseThrow(() -> new IllegalStateException("no node of the cluster is running"));
        FixtureStore.Stores masters = new FixtureStore.Stores() {
            @Override
            public List<String> namespaces() {
                return EmbeddedCluster.this.namespaces();
            }

            @Override
            public NamespaceStore store(String namespace, int partitionId) {
                if (!namespaces().contains(namespace)) {
                    return null;
                }
                ClusterSnapshot snapshot = state.snapshot();
                return snapshot.member(snapshot.table().owner(partitionId, 0)).stores().get(namespace);
            }
        };
        return new FixtureStore(masters, any.serverClock(), state.udfs());
    }

    /** Configures an {@link EmbeddedCluster}. Not thread-safe. */
    public static final class Builder {
        private int nodes = 3;
        private int replicationFactor = 2;
        private final Set<String> namespaces = new LinkedHashSet<>();
        private final Map<String, List<Consumer<NamespaceOptions>>> namespaceOptions = new LinkedHashMap<>();
        private int basePort;
        private int protoFdMax = ServiceConfig.DEFAULT_PROTO_FD_MAX;
        private String clusterName = "";
        private final Map<Integer, Integer> racks = new HashMap<>();
        private Clock clock = Clock.systemUTC();
        private long maxRecordSize = NamespaceConfig.DEFAULT_MAX_RECORD_SIZE;
        private long defaultTtlSeconds;
        private SecurityConfig security;
        private IntFunction<TlsOptions> tls;

        private Builder() {
        }

        /** Enables security on every node, with one shared store of users and roles (see {@link EmbeddedAerospike.Builder#security(boolean)}). */
        public Builder security(boolean enabled) {
            this.security = enabled ? new SecurityOptions().toConfig() : null;
            return this;
        }

        /** Enables security on every node, configured by {@code options}. */
        public Builder security(Consumer<SecurityOptions> options) {
            Objects.requireNonNull(options, "options");
            SecurityOptions o = new SecurityOptions();
            options.accept(o);
            this.security = o.toConfig();
            return this;
        }

        /** Number of nodes started by {@link EmbeddedCluster#start()}. Default: 3. */
        public Builder nodes(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("a cluster needs at least one node: " + count);
            }
            this.nodes = count;
            return this;
        }

        /** Copies of each partition (capped by the number of live nodes). Default: 2. */
        public Builder replicationFactor(int factor) {
            if (factor < 1 || factor > 256) {
                throw new IllegalArgumentException("replication factor out of range: " + factor);
            }
            this.replicationFactor = factor;
            return this;
        }

        /** Adds a namespace (on every node). Default when none is added: "test". */
        public Builder namespace(String name) {
            EmbeddedAerospike.builder().namespace(name);
            namespaces.add(name);
            return this;
        }

        /** Adds a namespace configured by {@code options} on every node (see {@link EmbeddedAerospike.Builder}). */
        public Builder namespace(String name, Consumer<NamespaceOptions> options) {
            Objects.requireNonNull(options, "options");
            namespace(name);
            namespaceOptions.computeIfAbsent(name, n -> new ArrayList<>()).add(options);
            return this;
        }

        /** Node i listens on basePort + i; 0 (the default) gives every node an ephemeral port. */
        public Builder basePort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.basePort = port;
            return this;
        }

        /** The cluster name every node reports. Default: empty. */
        public Builder clusterName(String name) {
            this.clusterName = Objects.requireNonNull(name, "clusterName");
            return this;
        }

        /**
         * Puts node {@code nodeIndex} on a rack. Once any rack is set, nodes answer {@code rack-ids}
         * (as an Enterprise server does) and replicas prefer racks other than the master's.
         */
        public Builder rackId(int nodeIndex, int rack) {
            if (nodeIndex < 0 || rack < 0) {
                throw new IllegalArgumentException("bad node index " + nodeIndex + " or rack " + rack);
            }
            racks.put(nodeIndex, rack);
            return this;
        }

        /** The clock records expire by, on every node. Default: the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Largest record accepted (max-record-size). Default: 1 MiB. */
        public Builder maxRecordSize(long bytes) {
            EmbeddedAerospike.builder().maxRecordSize(bytes);
            this.maxRecordSize = bytes;
            return this;
        }

        /** TTL applied to writes that send TTL 0 (default-ttl). Default: 0, never expire. */
        public Builder defaultTtlSeconds(long seconds) {
            EmbeddedAerospike.builder().defaultTtlSeconds(seconds);
            this.defaultTtlSeconds = seconds;
            return this;
        }

        /**
         * Gives node i a TLS listener with {@code tls.apply(i)} (typically its own certificate and TLS name), announced
         * to clients in {@code peers-tls-std}; {@code null} (the default): no TLS.
         */
        public Builder tls(IntFunction<TlsOptions> tls) {
            this.tls = tls;
            return this;
        }

        /** The most client connections each node holds open at once (proto-fd-max). Default: 15000. */
        public Builder protoFdMax(int connections) {
            this.protoFdMax = ServiceConfig.checkProtoFdMax(connections);
            return this;
        }

        /** Builds an unstarted cluster; call {@link EmbeddedCluster#start()}. */
        public EmbeddedCluster build() {
            if (basePort != 0 && basePort + nodes - 1 > 65535) {
                throw new IllegalArgumentException("ports " + basePort + ".." + (basePort + nodes - 1)
                        + " out of range");
            }
            Builder copy = new Builder();
            copy.nodes = nodes;
            copy.replicationFactor = replicationFactor;
            copy.namespaces.addAll(namespaces);
            namespaceOptions.forEach((ns, list) -> copy.namespaceOptions.put(ns, List.copyOf(list)));
            copy.basePort = basePort;
            copy.clusterName = clusterName;
            copy.racks.putAll(racks);
            copy.clock = clock;
            copy.maxRecordSize = maxRecordSize;
            copy.defaultTtlSeconds = defaultTtlSeconds;
            copy.security = security;
            copy.tls = tls;
            copy.protoFdMax = protoFdMax;
            copy.nodeBuilder(0).build();
            return new EmbeddedCluster(copy);
        }

        /** The builder of node {@code index} (its clock set by the cluster). */
        EmbeddedAerospike.Builder nodeBuilder(int index) {
            EmbeddedAerospike.Builder b = EmbeddedAerospike.builder().host("127.0.0.1")
                    .port(basePort == 0 ? 0 : basePort + index)
                    .clusterName(clusterName).maxRecordSize(maxRecordSize).defaultTtlSeconds(defaultTtlSeconds)
                    .protoFdMax(protoFdMax)
                    .nodeId(NODE_ID_BASE | ((index + 1L) << 32) | NODE_ID_SUFFIX);
            if (tls != null) {
                b.tls(tls.apply(index));
            }
            for (String ns : namespaces) {
                b.namespace(ns);
                namespaceOptions.getOrDefault(ns, List.of()).forEach(o -> b.namespace(ns, o));
            }
            return b;
        }
    }
}
