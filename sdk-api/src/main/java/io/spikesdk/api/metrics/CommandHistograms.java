package io.spikesdk.api.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * A built-in {@link MetricsListener} that keeps everything in memory: per node and {@link CommandType}, a latency
 * histogram with fixed exponential buckets and counters (commands, failures, timeouts, retries, in-doubt, bytes,
 * result codes), and per node the connections opened and closed. Read it at any time with {@link #snapshot()}.
 * Recording allocates nothing once a node's counters exist. Thread-safe.
 *
 * <pre>{@code
 * CommandHistograms histograms = new CommandHistograms();
 * AerospikeClient client = Aerospike.connect(ClientConfig.builder().hosts(host).metricsListener(histograms).build());
 * ...
 * for (CommandHistograms.Stats s : histograms.snapshot()) {
 *     System.out.println(s.node() + " " + s.type() + " " + s.count() + " p99 < " + s.percentileMicros(0.99) + " µs");
 * }
 * }</pre>
 */
public final class CommandHistograms implements MetricsListener {
    /**
     * Number of latency buckets: bucket 0 counts latencies under 1 µs, bucket {@code i} (1 to {@code BUCKETS - 2})
     * those in {@code [2^(i-1), 2^i)} µs, the last one everything from {@code 2^(BUCKETS-2)} µs (about 4.2 s) on.
     */
    public static final int BUCKETS = 24;
    /** The node name used for commands that reached no node. */
    public static final String NO_NODE = "none";
    /** Result codes counted one by one: client codes from -64 up to the server's codes below 256. */
    private static final int MIN_CODE = -64;
    private static final int CODES = 256 - MIN_CODE;
    private static final CommandType[] TYPES = CommandType.values();

    private final ConcurrentHashMap<String, NodeCounters> nodes = new ConcurrentHashMap<>();

    @Override
    public void commandCompleted(CommandOutcome outcome) {
        String node = outcome.nodeName();
        node(node == null ? NO_NODE : node).byType[outcome.type().ordinal()].record(outcome);
    }

    @Override
    public void connectionOpened(String nodeName) {
        node(nodeName).opened.increment();
    }

    @Override
    public void connectionClosed(String nodeName) {
        node(nodeName).closed.increment();
    }

    private NodeCounters node(String name) {
        NodeCounters counters = nodes.get(name);
        return counters != null ? counters : nodes.computeIfAbsent(name, NodeCounters::new);
    }

    /** The counters of every node and command type that saw a command, by node name then type. */
    public List<Stats> snapshot() {
        List<Stats> stats = new ArrayList<>();
        for (NodeCounters node : new TreeMap<>(nodes).values()) {
            for (CommandType type : TYPES) {
                Stats s = node.byType[type.ordinal()].snapshot(node.name, type);
                if (s.count() > 0) {
                    stats.add(s);
                }
            }
        }
        return stats;
    }

    /** The counters of {@code type} on {@code node}, all zero when it saw none. */
    public Stats stats(String node, CommandType type) {
        NodeCounters counters = nodes.get(node);
        return counters == null ? new TypeCounters().snapshot(node, type) : counters.byType[type.ordinal()].snapshot(node, type);
    }

    /** Commands of {@code type} over all nodes. */
    public long count(CommandType type) {
        long count = 0;
        for (NodeCounters node : nodes.values()) {
            count += node.byType[type.ordinal()].count.sum();
        }
        return count;
    }

    /** Pooled connections opened to {@code node} since this listener was created. */
    public long connectionsOpened(String node) {
        NodeCounters counters = nodes.get(node);
        return counters == null ? 0 : counters.opened.sum();
    }

    /** Pooled connections to {@code node} closed since this listener was created. */
    public long connectionsClosed(String node) {
        NodeCounters counters = nodes.get(node);
        return counters == null ? 0 : counters.closed.sum();
    }

    /** The bucket of a latency: see {@link #BUCKETS}. */
    static int bucket(long latencyNanos) {
        long micros = latencyNanos / 1000;
        return Math.min(BUCKETS - 1, 64 - Long.numberOfLeadingZeros(micros));
    }

    /** The exclusive upper bound of bucket {@code i} in microseconds, {@link Long#MAX_VALUE} for the last one. */
    public static long bucketUpperBoundMicros(int i) {
        return i >= BUCKETS - 1 ? Long.MAX_VALUE : 1L << i;
    }

    /**
     * The counters of one command type on one node, taken at one moment.
     *
     * @param buckets latency counts per bucket ({@link #BUCKETS} of them, see there)
     * @param resultCodes commands per result code that ended them (0 = OK)
     */
    public record Stats(String node, CommandType type, long count, long failed, long timeouts, long retries,
                        long inDoubt, long bytesSent, long bytesReceived, long[] buckets, Map<Integer, Long> resultCodes) {
        public Stats {
            buckets = buckets.clone();
            resultCodes = Collections.unmodifiableMap(new TreeMap<>(resultCodes));
        }

        @Override
        public long[] buckets() {
            return buckets.clone();
        }

        /** Commands that ended with {@code resultCode}. */
        public long resultCount(int resultCode) {
            return resultCodes.getOrDefault(resultCode, 0L);
        }

        /**
         * An upper bound of the latency below which {@code fraction} (0 to 1) of the commands ended: the upper
         * bound of the bucket where that fraction is reached, in µs; 0 without commands.
         */
        public long percentileMicros(double fraction) {
            long total = 0;
            for (long b : buckets) {
                total += b;
            }
            if (total == 0) {
                return 0;
            }
            long rank = (long) Math.ceil(fraction * total);
            long seen = 0;
            for (int i = 0; i < buckets.length; i++) {
                seen += buckets[i];
                if (seen >= Math.max(1, rank)) {
                    return bucketUpperBoundMicros(i);
                }
            }
            return Long.MAX_VALUE;
        }
    }

    private static final class NodeCounters {
        final String name;
        final TypeCounters[] byType = new TypeCounters[TYPES.length];
        final LongAdder opened = new LongAdder();
        final LongAdder closed = new LongAdder();

        NodeCounters(String name) {
            this.name = name;
            for (int i = 0; i < byType.length; i++) {
                byType[i] = new TypeCounters();
            }
        }
    }

    private static final class TypeCounters {
        final LongAdder count = new LongAdder();
        final LongAdder failed = new LongAdder();
        final LongAdder timeouts = new LongAdder();
        final LongAdder retries = new LongAdder();
        final LongAdder inDoubt = new LongAdder();
        final LongAdder bytesSent = new LongAdder();
        final LongAdder bytesReceived = new LongAdder();
        final AtomicLongArray buckets = new AtomicLongArray(BUCKETS);
        final AtomicLongArray codes = new AtomicLongArray(CODES);

        void record(CommandOutcome o) {
            count.increment();
            buckets.incrementAndGet(bucket(o.latencyNanos()));
            int code = Math.max(MIN_CODE, Math.min(255, o.resultCode()));
            codes.incrementAndGet(code - MIN_CODE);
            if (o.failed()) {
                failed.increment();
            }
            if (o.timedOut()) {
                timeouts.increment();
            }
            if (o.attempts() > 1) {
                retries.add(o.attempts() - 1);
            }
            if (o.inDoubt()) {
                inDoubt.increment();
            }
            bytesSent.add(o.bytesSent());
            bytesReceived.add(o.bytesReceived());
        }

        Stats snapshot(String node, CommandType type) {
            long[] b = new long[BUCKETS];
            for (int i = 0; i < BUCKETS; i++) {
                b[i] = buckets.get(i);
            }
            Map<Integer, Long> rc = new TreeMap<>();
            for (int i = 0; i < CODES; i++) {
                long n = codes.get(i);
                if (n > 0) {
                    rc.put(i + MIN_CODE, n);
                }
            }
            return new Stats(node, type, count.sum(), failed.sum(), timeouts.sum(), retries.sum(), inDoubt.sum(),
                    bytesSent.sum(), bytesReceived.sum(), b, rc);
        }
    }
}
