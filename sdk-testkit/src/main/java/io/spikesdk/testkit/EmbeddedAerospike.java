package io.spikesdk.testkit;

import io.spikesdk.testkit.internal.cluster.ClusterMember;
import io.spikesdk.testkit.internal.cluster.ClusterState;
import io.spikesdk.testkit.internal.fixture.FixtureStore;
import io.spikesdk.testkit.internal.info.InfoService;
import io.spikesdk.testkit.internal.info.NodeIdentity;
import io.spikesdk.testkit.internal.info.ServerStats;
import io.spikesdk.testkit.internal.info.ServiceConfig;
import io.spikesdk.testkit.internal.info.SingleNodeTopology;
import io.spikesdk.testkit.internal.info.TestkitCommands;
import io.spikesdk.testkit.internal.info.TopologyView;
import io.spikesdk.testkit.internal.network.NetworkServer;
import io.spikesdk.testkit.internal.network.ServerTls;
import io.spikesdk.testkit.internal.node.ActivityLog;
import io.spikesdk.testkit.internal.node.CommandRouter;
import io.spikesdk.testkit.internal.node.FaultPlan;
import io.spikesdk.testkit.internal.node.NodeReset;
import io.spikesdk.testkit.internal.node.NodeService;
import io.spikesdk.testkit.internal.ops.ComplexOps;
import io.spikesdk.testkit.internal.record.RecordService;
import io.spikesdk.testkit.internal.security.NodeSecurity;
import io.spikesdk.testkit.internal.security.SecurityConfig;
import io.spikesdk.testkit.internal.security.SecurityStore;
import io.spikesdk.testkit.internal.storage.ConsistencyConfig;
import io.spikesdk.testkit.internal.storage.IndexCatalog;
import io.spikesdk.testkit.internal.storage.NamespaceConfig;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ReplicaSink;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.storage.SetConfig;
import io.spikesdk.testkit.internal.udf.UdfEngine;
import io.spikesdk.testkit.internal.udf.UdfRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process, single-node Aerospike server speaking the real wire protocol, for tests: any
 * Aerospike client can connect to {@link #host()}:{@link #port()}.
 *
 * <pre>{@code
 * try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start()) {
 *     AerospikeClient client = new AerospikeClient(server.host(), server.port());
 *     ...
 * }
 * }</pre>
 *
 * <p>Records live in memory only. Many servers can run in one JVM; each owns its threads and its
 * data. Each server has {@linkplain #faults() fault injection} and an {@linkplain #activity()
 * activity log}; several servers form a cluster through {@link #cluster()}. Thread-safe.
 */
public final class EmbeddedAerospike implements AutoCloseable, TestkitScope {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAerospike.class);
    private static final long NODE_ID_PREFIX = 0xBB9L << 48;

    private final Builder config;
    private final TestClock testClock;
    private final ServerClock clock;
    private final FaultPlan faultPlan = new FaultPlan();
    private final ActivityLog activityLog = new ActivityLog();
    private final Faults faults = new Faults(faultPlan, this::closeClientConnections);
    private final Expectations expectations = new Expectations(this::activity);
    private NetworkServer network;
    /** The TLS port's server while running with {@link Builder#tls}; null otherwise. */
    private NetworkServer tlsNetwork;
    /** The TLS port bound at the first start (a restart binds it again), 0 before. */
    private int boundTlsPort;
    private NodeIdentity identity;
    private Map<String, NamespaceStore> stores;
    private RecordService records;
    private CommandRouter commandRouter;
    /** Secondary indexes outlive a restart, as the real server's system metadata does. */
    private final Map<String, IndexCatalog> indexCatalogs = new ConcurrentHashMap<>();
    /** Registered UDF modules outlive a restart too. */
    private final UdfRegistry udfRegistry = new UdfRegistry();
    private boolean started;
    /** The parts of the running node a reset empties; null when not running. */
    private NodeReset resettable;
    /** What the {@code testkit-*} commands act on: this server, or the whole cluster of a cluster node. */
    private volatile TestkitScope testkitScope = this;
    private boolean clustered;
    /** Users, roles and sessions (null without security); they outlive a restart, as security metadata does. */
    private final SecurityStore securityStore;
    private volatile NodeSecurity nodeSecurity = NodeSecurity.DISABLED;
    private final AtomicInteger systemMemoryUsedPct = new AtomicInteger();

    private EmbeddedAerospike(Builder config) {
        this.config = config;
        this.testClock = config.clock instanceof TestClock shared ? shared : new TestClock(config.clock);
        this.clock = new ServerClock(testClock::millis);
        this.securityStore = config.sharedSecurity != null ? config.sharedSecurity
                : config.security == null ? null : new SecurityStore(config.security, testClock::millis);
        testClock.afterAdvance(this::expireRecords);
    }

    /** A builder with port 3000, host 127.0.0.1, no namespaces (namespace "test" if none is added). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder of an N-node cluster in this JVM (see {@link EmbeddedCluster}). */
    public static EmbeddedCluster.Builder cluster() {
        return EmbeddedCluster.builder();
    }

    /**
     * Binds the port and starts serving.
     *
     * @return this server
     * @throws UncheckedIOException when the port cannot be bound
     * @throws IllegalStateException when already started
     */
    public synchronized EmbeddedAerospike start() {
        if (started) {
            throw new IllegalStateException("server already started");
        }
        started = true;
        launch(null, 0);
        return this;
    }

    /**
     * Starts (or restarts, on the same port and with the same node id but empty storage) this node
     * as a member of {@code cluster}; the caller then adds {@link #member(int)} to the cluster.
     */
    synchronized void startInCluster(ClusterState cluster, int rack) {
        if (network != null) {
            throw new IllegalStateException("node already running");
        }
        started = true;
        clustered = true;
        launch(cluster, rack);
    }

    private void launch(ClusterState cluster, int rack) {
        ServerStats stats = new ServerStats();
        ServiceConfig service = new ServiceConfig(config.protoFdMax);
        int bindPort = identity == null ? config.port : identity.port();
        NetworkServer server;
        try {
            server = new NetworkServer(config.host, bindPort, stats, faultPlan, service::protoFdMax);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind " + config.host + ":" + bindPort, e);
        }
        NetworkServer tlsServer = null;
        if (config.tls != null) {
            int tlsBindPort = boundTlsPort != 0 ? boundTlsPort : config.tls.port();
            try {
                tlsServer = NetworkServer.tls(config.host, tlsBindPort, config.tls, config.tlsHandshakeTimeout, stats,
                        faultPlan, service::protoFdMax);
            } catch (IOException e) {
                server.close();
                throw new UncheckedIOException("cannot bind the TLS port " + config.host + ":" + tlsBindPort, e);
            }
            boundTlsPort = tlsServer.port();
        }
        int port = server.port();
        long nodeId = identity != null ? identity.nodeId() : config.nodeId != 0 ? config.nodeId
                : NODE_ID_PREFIX | ((ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFFL) << 16) | port;
        NodeIdentity id = new NodeIdentity(nodeId, config.host, port, config.clusterName, clock.nowMillis());
        ReplicaSink sink = cluster == null ? ReplicaSink.NONE : cluster.replicator(nodeId);
        Map<String, NamespaceStore> created = new LinkedHashMap<>();
        for (String ns : namespaces()) {
            IndexCatalog indexes = cluster == null ? indexCatalogs.computeIfAbsent(ns, n -> new IndexCatalog())
                    : cluster.indexes(ns);
            NamespaceStore store = new NamespaceStore(config.namespaceConfig(ns), config.consistency(ns), clock, sink,
                    indexes);
            store.initialSetConfigs(config.setConfigs(ns));
            store.systemMemoryUsedPct(systemMemoryUsedPct::get);
            created.put(ns, store);
        }
        Map<String, NamespaceStore> view = Collections.unmodifiableMap(created);
        UdfEngine udfs = new UdfEngine(cluster == null ? udfRegistry : cluster.udfs());
        RecordService recordService = new RecordService(view, clock, ComplexOps.defaultHandler(),
                ComplexOps.defaultFilterEvaluator(), udfs);
        SingleNodeTopology single = new SingleNodeTopology(id);
        Supplier<TopologyView> topology = cluster == null ? () -> single : cluster.topology(nodeId, rack);
        CommandRouter router = cluster == null ? CommandRouter.local(id.nodeIdHex(), recordService)
                : cluster.router(nodeId);
        recordService.transactions().router((partitionId, command) -> router.execute(partitionId, true, command));
        Supplier<List<Map<String, NamespaceStore>>> everyNode = cluster == null ? () -> List.of(view)
                : cluster::memberStores;
        InfoService info = new InfoService(id, view, stats, clock, topology, everyNode, udfs);
        if (tlsServer != null) {
            info.tls(new InfoService.TlsEndpoint(config.tls.tlsName(), config.host, tlsServer.port()));
        }
        info.serviceConfig(service);
        info.testkitCommands(new TestkitCommands(() -> testkitScope.reset(),
                ms -> testClock.advance(Duration.ofMillis(ms)), testClock::millis, () -> testClock.offset().toMillis(),
                new TestkitFiles(() -> testkitScope)));
        resettable = new NodeReset(view.values(), cluster == null ? udfRegistry : cluster.udfs(), faultPlan,
                activityLog, info.jobs());
        identity = id;
        stores = view;
        records = recordService;
        commandRouter = router;
        network = server;
        nodeSecurity = securityStore == null ? NodeSecurity.DISABLED : new NodeSecurity(securityStore);
        tlsNetwork = tlsServer;
        NodeService nodeService = new NodeService(id.nodeIdHex(), info, recordService, router, faultPlan, activityLog,
                nodeSecurity);
        server.start(nodeService);
        if (tlsServer != null) {
            tlsServer.start(nodeService);
        }
        LOG.debug("{}", readyLine()); // debug: Main prints it; at info the server jar showed it twice
    }

    /** This running node as a cluster member. */
    synchronized ClusterMember member(int rack) {
        return config.tls == null
                ? new ClusterMember(identity().nodeId(), config.host, identity().port(), rack, stores, records)
                : new ClusterMember(identity().nodeId(), config.host, identity().port(), rack, stores, records,
                        config.tls.tlsName(), boundTlsPort);
    }

    /** "Spike embedded Aerospike server ready on host:port (namespaces: a, b)", plus "TLS on port P (name N)" with TLS. */
    public String readyLine() {
        return "Spike embedded Aerospike server ready on " + identity().endpoint() + " (namespaces: "
                + String.join(", ", namespaces()) + ")"
                + (config.tls != null ? ", TLS on port " + tlsPort() + " (TLS name " + tlsName() + ")" : "");
    }

    /** The address clients connect to. */
    public String host() {
        return config.host;
    }

    /** The bound port (the ephemeral one chosen by the OS when built with {@code port(0)}). */
    public int port() {
        return identity().port();
    }

    /**
     * The bound TLS port (the ephemeral one chosen by the OS when {@link TlsOptions#port()} is 0).
     *
     * @throws IllegalStateException when the server has no TLS or was never started
     */
    public synchronized int tlsPort() {
        if (config.tls == null) {
            throw new IllegalStateException("this server has no TLS: configure it with builder().tls(...)");
        }
        if (boundTlsPort == 0) {
            throw new IllegalStateException("server not started");
        }
        return boundTlsPort;
    }

    /** The TLS name the node announces (see {@link TlsOptions#tlsName()}), or {@code null} without TLS. */
    public String tlsName() {
        return config.tls == null ? null : config.tls.tlsName();
    }

    /** The node id as the {@code node} info command reports it. */
    public String nodeId() {
        return identity().nodeIdHex();
    }

    /** The namespace names, in the order they were added. */
    public List<String> namespaces() {
        return config.namespaces.isEmpty() ? List.of("test") : List.copyOf(config.namespaces);
    }

    /** Number of client connections currently open (useful to prove that nothing leaks). */
    public synchronized int connectionCount() {
        return (network == null ? 0 : network.connectionCount()) + (tlsNetwork == null ? 0 : tlsNetwork.connectionCount());
    }

    /** Whether the server is serving (started and not closed, stopped or killed). */
    public synchronized boolean isRunning() {
        return network != null;
    }

    /** Fault injection for this node: delays, dropped replies, chosen result codes, pause. */
    public Faults faults() {
        return faults;
    }

    /**
     * The requests this node received, oldest first (at most the last
     * {@value io.spikesdk.testkit.internal.node.ActivityLog#CAPACITY}); kept across restarts.
     */
    public List<ActivityEntry> activity() {
        return activityLog.snapshot();
    }

    /** Empties the activity log. */
    public void clearActivity() {
        activityLog.clear();
    }

    private synchronized void closeClientConnections() {
        if (network != null) {
            network.closeClients();
        }
        if (tlsNetwork != null) {
            tlsNetwork.closeClients();
        }
    }

    /**
     * Stops accepting, closes every client connection and waits for the server threads to end. For a
     * node of an {@link EmbeddedCluster}, use {@link EmbeddedCluster#stopNode(int)} instead so the
     * cluster rebalances.
     */
    @Override
    public synchronized void close() {
        if (network != null) {
            network.close();
            closeTls(false);
            LOG.info("Spike embedded Aerospike server on port {} stopped", identity.port());
            network = null;
            stores = null;
            records = null;
            resettable = null;
        }
    }

    /** Like {@link #close()}, but resets every client connection, as when the process is killed. */
    synchronized void kill() {
        if (network != null) {
            network.abort();
            closeTls(true);
            LOG.info("Spike embedded Aerospike server on port {} killed", identity.port());
            network = null;
            stores = null;
            records = null;
            resettable = null;
        }
    }

    private void closeTls(boolean reset) {
        if (tlsNetwork != null) {
            if (reset) {
                tlsNetwork.abort();
            } else {
                tlsNetwork.close();
            }
            tlsNetwork = null;
        }
    }

    private synchronized NodeIdentity identity() {
        if (identity == null) {
            throw new IllegalStateException("server not started");
        }
        return identity;
    }

    // ---- isolation and time travel (issue 17) ----

    /**
     * Empties the server without restarting it: every namespace loses its records, set names and truncation
     * cut-offs; secondary indexes, UDF modules, injected faults, finished scan jobs, the activity log and declared
     * expectations are dropped, and {@link #clock()} goes back to the builder's clock. Client connections stay open and usable,
     * and the port and node id stay the same. A {@linkplain Builder#security(boolean) secure} server goes back to its
     * configured users and the predefined roles (sessions of remaining users stay valid) and forgets quota use.
     *
     * <p>Concurrent commands: a single-record command (or batch row) in flight runs wholly before the reset, and
     * is wiped, or wholly after it, on the empty server. An open scan or query goes on without an error; the
     * partitions it reads after the reset are empty, so it returns fewer records. A background job already
     * running goes on, over the records it listed before. Commands that started before the reset may still be
     * logged in the activity log after it.
     *
     * <p>Fast: a few tens of microseconds for a server with few records. On a stopped server, only the faults, the
     * activity log and the clock are reset.
     */
    @Override
    public void reset() {
        NodeReset.resetAll(List.of(resetTarget()));
        resetSecurity();
        systemMemoryUsedPct.set(0);
        testClock.rewind();
        clearExpectations();
    }

    /** Back to the configured users and roles; quota counters of this node forgotten. */
    void resetSecurity() {
        if (securityStore != null) {
            securityStore.reset();
        }
        nodeSecurity.reset();
    }

    /** Whether this server has security enabled (users, login, permissions). */
    public boolean securityEnabled() {
        return securityStore != null;
    }

    /**
     * The server's clock: {@link TestClock#advance(java.time.Duration)} moves time forward and expires records.
     * It starts at the builder's {@link Builder#clock(Clock)}; every node of a cluster shares one.
     */
    public TestClock clock() {
        return testClock;
    }

    /** What {@link #reset()} empties on this node (only faults and the activity log when it is not running). */
    synchronized NodeReset resetTarget() {
        return resettable != null ? resettable : new NodeReset(List.of(), null, faultPlan, activityLog, null);
    }

    /** Makes the {@code testkit-*} info commands act on {@code scope} (a cluster) rather than this node. */
    void testkitScope(TestkitScope scope) {
        this.testkitScope = scope;
    }

    private void expireRecords() {
        Map<String, NamespaceStore> current;
        RecordService service;
        CommandRouter router;
        synchronized (this) {
            current = stores;
            service = records;
            router = commandRouter;
        }
        if (current != null) {
            current.values().forEach(NamespaceStore::nsupCycle);
            current.values().forEach(store -> service.transactions().completeExpired(store, router::isMaster));
        }
    }

    /**
     * Simulates the system's used memory, in percent, which the embedded server cannot measure: a namespace's
     * {@link NamespaceOptions#stopWritesSysMemoryPct(int) stop-writes-sys-memory-pct} compares against it, and writes
     * fail with SERVER_MEM_ERROR (8) while it is above. 0 (the default, restored by {@link #reset()}) never stops writes.
     */
    public void simulateSystemMemoryUsedPct(int pct) {
        if (pct < 0 || pct > 100) {
            throw new IllegalArgumentException("system memory used pct must be 0..100: " + pct);
        }
        systemMemoryUsedPct.set(pct);
    }

    // ---- Fixtures, inspection and request expectations (issue 17) ----

    /**
     * Loads a fixture file: {@code .json} (Spike JSON fixture) or {@code .asb} (asbackup 3.1 text), see the README.
     * Each record replaces the record with its digest; nothing is loaded when the file has a problem.
     *
     * @return the number of records loaded
     * @throws FixtureException naming the file, line, record and problem
     * @throws UncheckedIOException when the file cannot be read
     */
    @Override
    public int load(Path file) {
        FixtureFormat format = FixtureFormat.of(file);
        return load(FixtureFiles.read(file), format, file.toString());
    }

    /** Loads a fixture from a stream (read to its end, not closed) in the given format; see {@link #load(Path)}. */
    public int load(InputStream in, FixtureFormat format) {
        return load(FixtureFiles.read(in), format, "fixture stream (" + format + ")");
    }

    /** Loads fixture content; {@code source} names it in error messages. See {@link #load(Path)}. */
    @Override
    public int load(byte[] content, FixtureFormat format, String source) {
        return fixtureStore().load(content, format, source);
    }

    /** Writes every live record of every namespace to {@code file}, in the format its extension names. */
    public void dump(Path file) {
        dump(file, null, null);
    }

    /**
     * Writes the live records of a namespace and set to {@code file}, in the format its extension names, in set and
     * digest order (a stable snapshot to compare).
     *
     * @param namespace the namespace, or null for every namespace
     * @param set the set, or null for every set
     */
    public void dump(Path file, String namespace, String set) {
        FixtureFiles.write(file, fixtureStore().dump(FixtureFormat.of(file), namespace, set));
    }

    /** Writes every live record to {@code out} (not closed) in {@code format}. */
    public void dump(OutputStream out, FixtureFormat format) {
        dump(out, format, null, null);
    }

    /** Writes the live records of a namespace and set (null: all) to {@code out} (not closed) in {@code format}. */
    @Override
    public void dump(OutputStream out, FixtureFormat format, String namespace, String set) {
        FixtureFiles.write(out, fixtureStore().dump(format, namespace, set));
    }

    /**
     * The live records of a namespace, of one set or (with a null set) of every set, read without a client, in set
     * and digest order.
     *
     * @throws IllegalArgumentException when the namespace is not on this server
     */
    public List<ServerRecord> records(String namespace, String set) {
        return fixtureStore().records(namespace, set);
    }

    /** Live records per set of a namespace, by set name; sets whose records are all gone count 0. */
    public Map<String, Long> setCounts(String namespace) {
        return store(namespace).liveSetCounts();
    }

    /** Live records of a namespace, with or without a set. */
    public long recordCount(String namespace) {
        return store(namespace).liveCount();
    }

    /** The last {@code n} requests of the {@linkplain #activity() activity log}, oldest first. */
    @Override
    public List<ActivityEntry> recentActivity(int n) {
        return Inspection.last(activity(), n);
    }

    /**
     * The last {@code n} requests as readable lines, one per request, e.g. {@code #12 WRITE test/orders
     * key="o-1" digest 5e1f... (partition 1438) [WRITE status="paid"] -> 0 OK at BB9...}.
     */
    public String describeActivity(int n) {
        return Inspection.describe(recentActivity(n));
    }

    /**
     * Declares an expectation on the requests clients send from now on, checked by {@link #verify()} (and by the
     * JUnit extension after each test):
     * {@code server.expect().command(CommandKind.WRITE).namespace("test").set("orders").times(3)}.
     */
    public RequestExpectation expect() {
        return expectations.declare();
    }

    /**
     * Checks every expectation declared with {@link #expect()} since the last {@link #clearExpectations()}.
     *
     * @throws AssertionError listing, for each failed expectation, what was received
     */
    public void verify() {
        expectations.verify();
    }

    /** Forgets the declared expectations. */
    public void clearExpectations() {
        expectations.clear();
    }

    /**
     * Waits up to 2 seconds for every client connection to close (a closed client's sockets end asynchronously).
     *
     * @throws AssertionError naming the connections still open
     */
    public void assertNoPendingConnections() {
        assertNoPendingConnections(Duration.ofSeconds(2));
    }

    /** As {@link #assertNoPendingConnections()}, waiting up to {@code grace}. */
    public void assertNoPendingConnections(Duration grace) {
        List<String> open = Inspection.awaitEmpty(this::openConnections, grace);
        if (!open.isEmpty()) {
            throw new AssertionError(open.size() + " client connection" + (open.size() == 1 ? " is" : "s are")
                    + " still open to " + host() + ":" + port() + " after " + grace.toMillis() + " ms, from "
                    + String.join(", ", open) + ": close every client (and its pools) before the test ends");
        }
    }

    private synchronized List<String> openConnections() {
        if (network == null) {
            return List.of();
        }
        List<String> addresses = new ArrayList<>(network.clientAddresses());
        if (tlsNetwork != null) {
            addresses.addAll(tlsNetwork.clientAddresses());
        }
        return addresses;
    }

    private synchronized FixtureStore fixtureStore() {
        if (clustered) {
            throw new IllegalStateException("this node belongs to an EmbeddedCluster: load, dump and list records "
                    + "through the cluster, which places each record on its partition's nodes");
        }
        if (stores == null) {
            throw new IllegalStateException("server not running");
        }
        return new FixtureStore(FixtureStore.of(stores), clock, udfRegistry);
    }

    private synchronized NamespaceStore store(String namespace) {
        if (stores == null) {
            throw new IllegalStateException("server not running");
        }
        NamespaceStore store = stores.get(namespace);
        if (store == null) {
            throw new IllegalArgumentException("namespace \"" + namespace + "\" is not on this server (namespaces: "
                    + String.join(", ", namespaces()) + ")");
        }
        return store;
    }

    /** This node's stores while running (for its cluster's fixtures and inspection). */
    synchronized Map<String, NamespaceStore> stores() {
        return stores;
    }

    ServerClock serverClock() {
        return clock;
    }

    /** Configures an {@link EmbeddedAerospike}. Not thread-safe. */
    public static final class Builder {
        private static final int MAX_NAMESPACE_BYTES = 31;

        private String host = "127.0.0.1";
        private int port = 3000;
        private final Set<String> namespaces = new LinkedHashSet<>();
        private final Map<String, List<Consumer<NamespaceOptions>>> namespaceOptions = new LinkedHashMap<>();
        private long maxRecordSize = NamespaceConfig.DEFAULT_MAX_RECORD_SIZE;
        private long defaultTtlSeconds;
        private Clock clock = Clock.systemUTC();
        private String clusterName = "";
        private long nodeId;
        private SecurityConfig security;
        private SecurityStore sharedSecurity;
        private ServerTls tls;
        private Duration tlsHandshakeTimeout = NetworkServer.DEFAULT_HANDSHAKE_TIMEOUT;
        private int protoFdMax = ServiceConfig.DEFAULT_PROTO_FD_MAX;

        private Builder() {
        }

        /**
         * Enables security as an Enterprise server has it: clients must log in (default user {@code admin} /
         * {@code admin}, role {@code user-admin}); users, roles, allowlists and quotas are managed with the admin
         * protocol and enforced on every command. {@code false} (the default) is a Community server: every admin
         * message is answered 51 (security not supported).
         */
        public Builder security(boolean enabled) {
            this.security = enabled ? new SecurityOptions().toConfig() : null;
            return this;
        }

        /** Enables security (see {@link #security(boolean)}) configured by {@code options}. */
        public Builder security(Consumer<SecurityOptions> options) {
            Objects.requireNonNull(options, "options");
            SecurityOptions o = new SecurityOptions();
            options.accept(o);
            this.security = o.toConfig();
            return this;
        }

        /** A cluster's nodes share one security store. */
        Builder sharedSecurity(SecurityStore store) {
            this.sharedSecurity = store;
            return this;
        }

        /** Address to bind and advertise. Default: 127.0.0.1. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Port to bind; 0 picks a free ephemeral port. Default: 3000. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Adds a namespace (at most 31 bytes). Default when none is added: "test". */
        public Builder namespace(String name) {
            Objects.requireNonNull(name, "namespace");
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_NAMESPACE_BYTES || name.contains(";") || name.contains(":")) {
                throw new IllegalArgumentException("invalid namespace name: '" + name + "'");
            }
            namespaces.add(name);
            return this;
        }

        /**
         * Adds a namespace (as {@link #namespace(String)}) configured by {@code options}, e.g.
         * {@code namespace("test", ns -> ns.nsupPeriod(0))}; options start from this builder's
         * {@link #maxRecordSize} and {@link #defaultTtlSeconds}. Invalid combinations fail {@link #build()}.
         */
        public Builder namespace(String name, Consumer<NamespaceOptions> options) {
            Objects.requireNonNull(options, "options");
            namespace(name);
            namespaceOptions.computeIfAbsent(name, n -> new ArrayList<>()).add(options);
            return this;
        }

        /** Largest record accepted by every namespace (max-record-size). Default: 1 MiB. */
        public Builder maxRecordSize(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxRecordSize must be positive: " + bytes);
            }
            this.maxRecordSize = bytes;
            return this;
        }

        /** TTL in seconds applied to writes that send TTL 0 (default-ttl). Default: 0, never expire. */
        public Builder defaultTtlSeconds(long seconds) {
            if (seconds < 0 || seconds > 315_360_000L) {
                throw new IllegalArgumentException("defaultTtlSeconds out of range: " + seconds);
            }
            this.defaultTtlSeconds = seconds;
            return this;
        }

        /**
         * The clock records expire by (void times, last-update times); {@link EmbeddedAerospike#clock()} moves
         * forward from it. Another server's {@link EmbeddedAerospike#clock()} makes both share one time (advanced,
         * and rewound by a reset, together). Default: the system clock.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The cluster name the {@code cluster-name} info command reports. Default: empty. */
        public Builder clusterName(String name) {
            this.clusterName = Objects.requireNonNull(name, "clusterName");
            return this;
        }

        /** A fixed node id (non-zero). Default: random per instance, ending with the port. */
        public Builder nodeId(long id) {
            if (id == 0) {
                throw new IllegalArgumentException("node id must be non-zero");
            }
            this.nodeId = id;
            return this;
        }

        /**
         * Also serves TLS on a second port ({@link EmbeddedAerospike#tlsPort()}), with {@code service-tls-std} and
         * {@code peers-tls-std} answering it; {@code null} turns TLS off (the default).
         *
         * @throws IllegalArgumentException when the certificate, key or CA files cannot be read
         */
        public Builder tls(TlsOptions options) {
            this.tls = options == null ? null : ServerTls.of(options);
            return this;
        }

        /** How long a TLS client has to complete its handshake before its connection is closed. */
        Builder tlsHandshakeTimeout(Duration timeout) {
            this.tlsHandshakeTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * The most client connections open at once (proto-fd-max, at least 1024 as on the real server): a
         * connection past it is closed as soon as it is accepted. {@code set-config} can change it while the
         * server runs; a restart goes back to this value. Default: 15000.
         */
        public Builder protoFdMax(int connections) {
            this.protoFdMax = ServiceConfig.checkProtoFdMax(connections);
            return this;
        }

        /** Builds an unstarted server; call {@link EmbeddedAerospike#start()}. */
        public EmbeddedAerospike build() {
            Builder copy = new Builder();
            copy.host = host;
            copy.port = port;
            copy.namespaces.addAll(namespaces);
            namespaceOptions.forEach((ns, list) -> copy.namespaceOptions.put(ns, List.copyOf(list)));
            copy.maxRecordSize = maxRecordSize;
            copy.defaultTtlSeconds = defaultTtlSeconds;
            copy.clock = clock;
            copy.clusterName = clusterName;
            copy.nodeId = nodeId;
            copy.security = security;
            copy.sharedSecurity = sharedSecurity;
            copy.tls = tls;
            copy.tlsHandshakeTimeout = tlsHandshakeTimeout;
            copy.protoFdMax = protoFdMax;
            for (String ns : copy.namespaces.isEmpty() ? List.of("test") : copy.namespaces) {
                copy.namespaceConfig(ns);
            }
            return new EmbeddedAerospike(copy);
        }

        NamespaceConfig namespaceConfig(String ns) {
            return options(ns).config(ns);
        }

        Map<String, SetConfig> setConfigs(String ns) {
            return options(ns).setConfigs();
        }

        ConsistencyConfig consistency(String ns) {
            return options(ns).consistency();
        }

        private NamespaceOptions options(String ns) {
            NamespaceOptions options = new NamespaceOptions(defaultTtlSeconds, maxRecordSize);
            namespaceOptions.getOrDefault(ns, List.of()).forEach(o -> o.accept(options));
            options.validate(ns);
            return options;
        }
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add("host=" + config.host);
        parts.add("port=" + (identity == null ? config.port : identity.port()));
        parts.add("namespaces=" + namespaces());
        if (securityStore != null) {
            parts.add("security=on");
        }
        return "EmbeddedAerospike" + parts;
    }
}
