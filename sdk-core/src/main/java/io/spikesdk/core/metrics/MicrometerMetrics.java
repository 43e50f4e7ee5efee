package io.spikesdk.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.spikesdk.api.ClusterStats;
import io.spikesdk.api.ClusterView;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.metrics.CommandOutcome;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.metrics.MetricsListener;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Client metrics as Micrometer meters: a {@link MetricsListener} to set with
 * {@link io.spikesdk.api.ClientConfig.Builder#metricsListener} and a {@link MeterBinder} to bind to a registry.
 * Meters are registered when the first event that needs them arrives; events before {@link #bindTo} are not
 * counted. The meters (tags in brackets; {@code none} stands for a missing node or namespace):
 * <ul>
 *   <li>{@value #COMMAND} timer [node, namespace, type, result]: every command, {@code type} as
 *       {@link CommandType#lowerName()}, {@code result} the lower-case {@link io.spikesdk.api.ResultCode} name ({@code ok},
 *       {@code key_not_found_error}, ...);</li>
 *   <li>{@value #ERRORS} counter [node, namespace, type, result]: commands that ended with an exception;</li>
 *   <li>{@value #TIMEOUTS}, {@value #RETRIES}, {@value #IN_DOUBT} counters [node, namespace, type]: commands that
 *       timed out, retries (attempts after the first), failed writes that may have been applied;</li>
 *   <li>{@value #BYTES_SENT}, {@value #BYTES_RECEIVED} counters [node, namespace], in bytes;</li>
 *   <li>{@value #CONNECTIONS} gauge [node, state = {@code in_use} | {@code idle}]: pooled connections now;</li>
 *   <li>{@value #CONNECTIONS_OPENED}, {@value #CONNECTIONS_CLOSED} counters [node].</li>
 * </ul>
 * One instance serves one client and one registry (combine registries with a {@code CompositeMeterRegistry}).
 * Thread-safe; recording a command allocates nothing once its meters exist.
 */
public final class MicrometerMetrics implements MetricsListener, MeterBinder {
    public static final String COMMAND = "aerospike.client.command";
    public static final String ERRORS = "aerospike.client.command.errors";
    public static final String TIMEOUTS = "aerospike.client.command.timeouts";
    public static final String RETRIES = "aerospike.client.command.retries";
    public static final String IN_DOUBT = "aerospike.client.command.in_doubt";
    public static final String BYTES_SENT = "aerospike.client.bytes.sent";
    public static final String BYTES_RECEIVED = "aerospike.client.bytes.received";
    public static final String CONNECTIONS = "aerospike.client.connections";
    public static final String CONNECTIONS_OPENED = "aerospike.client.connections.opened";
    public static final String CONNECTIONS_CLOSED = "aerospike.client.connections.closed";

    private static final String NONE = "none";
    private static final CommandType[] TYPES = CommandType.values();

    private final AtomicReference<MeterRegistry> registry = new AtomicReference<>();
    private volatile ClusterView cluster;
    private final ConcurrentHashMap<String, NodeMeters> nodes = new ConcurrentHashMap<>();
    private final Set<String> gaugedNodes = ConcurrentHashMap.newKeySet();

    /**
     * Registers the meters on {@code registry}: the connection gauges of the nodes known now, every other meter
     * as its first event arrives.
     *
     * @throws IllegalStateException when already bound to another registry
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        if (!this.registry.compareAndSet(null, registry) && this.registry.get() != registry) {
            throw new IllegalStateException("MicrometerMetrics is bound to a registry already: use one instance per registry");
        }
        ClusterView view = cluster;
        if (view != null) {
            for (NodeInfo node : view.nodes()) {
                gauges(node.name());
            }
        }
    }

    @Override
    public void clusterAttached(ClusterView cluster) {
        this.cluster = cluster;
    }

    @Override
    public void commandCompleted(CommandOutcome outcome) {
        MeterRegistry r = registry.get();
        if (r == null) {
            return;
        }
        String node = orNone(outcome.nodeName());
        NamespaceMeters ns = node(r, node).namespace(r, node, orNone(outcome.namespace()));
        ns.type(r, node, outcome.type()).record(r, outcome);
        ns.bytesSent.increment(outcome.bytesSent());
        ns.bytesReceived.increment(outcome.bytesReceived());
    }

    @Override
    public void connectionOpened(String nodeName) {
        MeterRegistry r = registry.get();
        if (r != null) {
            node(r, nodeName).opened.increment();
            gauges(nodeName);
        }
    }

    @Override
    public void connectionClosed(String nodeName) {
        MeterRegistry r = registry.get();
        if (r != null) {
            node(r, nodeName).closed.increment();
        }
    }

    private NodeMeters node(MeterRegistry r, String node) {
        NodeMeters meters = nodes.get(node);
        return meters != null ? meters : nodes.computeIfAbsent(node, n -> new NodeMeters(r, n));
    }

    /** The in-use and idle gauges of a node, read from the cluster view at each scrape. */
    private void gauges(String node) {
        MeterRegistry r = registry.get();
        if (r == null || cluster == null || !gaugedNodes.add(node)) {
            return;
        }
        Gauge.builder(CONNECTIONS, this, m -> m.connections(node, true)).tags("node", node, "state", "in_use")
                .description("pooled connections borrowed by a command").register(r);
        Gauge.builder(CONNECTIONS, this, m -> m.connections(node, false)).tags("node", node, "state", "idle")
                .description("pooled connections open and idle").register(r);
    }

    private double connections(String node, boolean inUse) {
        ClusterView view = cluster;
        if (view == null) {
            return 0;
        }
        for (ClusterStats.NodeStats s : view.stats().nodes()) {
            if (s.node().name().equals(node)) {
                return inUse ? s.connectionsInUse() : s.connectionsIdle();
            }
        }
        return 0;
    }

    private static String orNone(String s) {
        return s == null ? NONE : s;
    }

    private static final class NodeMeters {
        final Counter opened;
        final Counter closed;
        final ConcurrentHashMap<String, NamespaceMeters> namespaces = new ConcurrentHashMap<>();

        NodeMeters(MeterRegistry r, String node) {
            opened = Counter.builder(CONNECTIONS_OPENED).tag("node", node).description("pooled connections opened")
                    .register(r);
            closed = Counter.builder(CONNECTIONS_CLOSED).tag("node", node).description("pooled connections closed")
                    .register(r);
        }

        NamespaceMeters namespace(MeterRegistry r, String node, String namespace) {
            NamespaceMeters meters = namespaces.get(namespace);
            return meters != null ? meters : namespaces.computeIfAbsent(namespace, ns -> new NamespaceMeters(r, node, ns));
        }
    }

    private static final class NamespaceMeters {
        final String namespace;
        final Counter bytesSent;
        final Counter bytesReceived;
        final AtomicReferenceArray<TypeMeters> types = new AtomicReferenceArray<>(TYPES.length);

        NamespaceMeters(MeterRegistry r, String node, String namespace) {
            this.namespace = namespace;
            Tags tags = Tags.of("node", node, "namespace", namespace);
            bytesSent = Counter.builder(BYTES_SENT).tags(tags).baseUnit("bytes").description("bytes written to the node")
                    .register(r);
            bytesReceived = Counter.builder(BYTES_RECEIVED).tags(tags).baseUnit("bytes")
                    .description("bytes of replies read from the node").register(r);
        }

        TypeMeters type(MeterRegistry r, String node, CommandType type) {
            TypeMeters meters = types.get(type.ordinal());
            if (meters == null) {
                types.compareAndSet(type.ordinal(), null, new TypeMeters(r, Tags.of("node", node, "namespace",
                        namespace, "type", type.lowerName())));
                meters = types.get(type.ordinal());
            }
            return meters;
        }
    }

    private static final class TypeMeters {
        final Tags tags;
        final Counter timeouts;
        final Counter retries;
        final Counter inDoubt;
        final ConcurrentHashMap<Integer, Timer> timers = new ConcurrentHashMap<>();
        final ConcurrentHashMap<Integer, Counter> errors = new ConcurrentHashMap<>();

        TypeMeters(MeterRegistry r, Tags tags) {
            this.tags = tags;
            timeouts = Counter.builder(TIMEOUTS).tags(tags).description("commands that timed out").register(r);
            retries = Counter.builder(RETRIES).tags(tags).description("attempts after the first").register(r);
            inDoubt = Counter.builder(IN_DOUBT).tags(tags).description("failed writes that may have been applied")
                    .register(r);
        }

        void record(MeterRegistry r, CommandOutcome o) {
            Integer code = o.resultCode();
            Timer timer = timers.get(code);
            if (timer == null) {
                timer = timers.computeIfAbsent(code, c -> Timer.builder(COMMAND).tags(tags).tag("result", ResultNames.lowerName(c))
                        .description("client commands, retries included").register(r));
            }
            timer.record(o.latencyNanos(), TimeUnit.NANOSECONDS);
            if (o.failed()) {
                Counter counter = errors.get(code);
                if (counter == null) {
                    counter = errors.computeIfAbsent(code, c -> Counter.builder(ERRORS).tags(tags)
                            .tag("result", ResultNames.lowerName(c)).description("commands that ended with an exception").register(r));
                }
                counter.increment();
            }
            if (o.timedOut()) {
                timeouts.increment();
            }
            if (o.attempts() > 1) {
                retries.increment(o.attempts() - 1);
            }
            if (o.inDoubt()) {
                inDoubt.increment();
            }
        }
    }
}
