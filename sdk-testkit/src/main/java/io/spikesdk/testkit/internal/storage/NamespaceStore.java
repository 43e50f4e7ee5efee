package io.spikesdk.testkit.internal.storage;

import io.spikesdk.core.internal.protocol.Proto;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The records of one namespace: 4096 partitions of records keyed by digest. Mutations of one
 * record happen under its stripe lock; client-driven changes ({@link #put}, {@link #remove}) are
 * passed to the {@link ReplicaSink}, cluster-driven ones ({@link #applyReplica}, migrations) are not.
 */
public final class NamespaceStore {
    private static final int STRIPES = 1024;
    private static final int FAIL_FORBIDDEN = 22;

    private final NamespaceConfig initialConfig;
    private volatile NamespaceConfig config;
    private final Map<String, SetConfig> setConfigs = new ConcurrentHashMap<>();
    private Map<String, SetConfig> initialSetConfigs = Map.of();
    private volatile IntSupplier systemMemoryUsedPct = () -> 0;
    private final ServerClock clock;
    private final ReplicaSink sink;
    private final ConcurrentHashMap<Digest, StoredRecord>[] partitions;
    private final ConcurrentHashMap<Digest, Provisional>[] provisionals;
    private final ConsistencyConfig initialConsistency;
    private volatile ConsistencyConfig consistency;
    private final TxnStats txnStats = new TxnStats();
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final Set<String> knownSets = ConcurrentHashMap.newKeySet();
    /** Truncation cut-offs in server-epoch milliseconds, per set; 0 (or absent) when never truncated or undone. */
    private final Map<String, Long> setTruncateLuts = new ConcurrentHashMap<>();
    private volatile long truncateLut;
    private final IndexCatalog indexes;
    private final AtomicLong expiredObjects = new AtomicLong();
    /** Flattened bytes of every stored record, expired ones not yet removed included (stop-writes counts them). */
    private final AtomicLong storedBytes = new AtomicLong();
    /** Every stored record, expired ones not yet removed included (the primary index holds them). */
    private final AtomicLong storedObjects = new AtomicLong();
    private final NsupStats nsup = new NsupStats();

    /** A store of a standalone node (nothing is replicated). */
    public NamespaceStore(NamespaceConfig config, ServerClock clock) {
        this(config, clock, ReplicaSink.NONE);
    }

    /** A store whose client-driven changes are passed to {@code sink}. */
    public NamespaceStore(NamespaceConfig config, ServerClock clock, ReplicaSink sink) {
        this(config, clock, sink, new IndexCatalog());
    }

    /** A store whose client-driven changes are passed to {@code sink}, with secondary indexes shared with others. */
    public NamespaceStore(NamespaceConfig config, ServerClock clock, ReplicaSink sink, IndexCatalog indexes) {
        this(config, ConsistencyConfig.AP, clock, sink, indexes);
    }

    /** A store of a namespace in the given consistency mode. */
    @SuppressWarnings("unchecked")
    public NamespaceStore(NamespaceConfig config, ConsistencyConfig consistency, ServerClock clock, ReplicaSink sink,
            IndexCatalog indexes) {
        this.consistency = consistency;
        this.initialConsistency = consistency;
        this.indexes = indexes;
        this.config = config;
        this.initialConfig = config;
        this.clock = clock;
        this.sink = sink;
        this.partitions = new ConcurrentHashMap[Proto.PARTITIONS];
        this.provisionals = new ConcurrentHashMap[Proto.PARTITIONS];
        for (int i = 0; i < Proto.PARTITIONS; i++) {
            partitions[i] = new ConcurrentHashMap<>();
            provisionals[i] = new ConcurrentHashMap<>();
        }
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public NamespaceConfig config() {
        return config;
    }

    /** The namespace's consistency mode and transaction settings. */
    public ConsistencyConfig consistency() {
        return consistency;
    }

    /** Whether the namespace is strong-consistency (transactions allowed). */
    public boolean strongConsistency() {
        return consistency.strongConsistency();
    }

    /** Changes the transaction settings (set-config); a reset goes back to the ones the store was created with. */
    public synchronized void configureConsistency(UnaryOperator<ConsistencyConfig> change) {
        consistency = change.apply(consistency);
    }

    /** The namespace's transaction counters. */
    public TxnStats txnStats() {
        return txnStats;
    }

    /** Changes the configuration (set-config); a reset goes back to the one the store was created with. */
    public synchronized void configure(UnaryOperator<NamespaceConfig> change) {
        config = change.apply(config);
    }

    /** The set limits the store starts with, and returns to on a reset. */
    public synchronized void initialSetConfigs(Map<String, SetConfig> sets) {
        initialSetConfigs = Map.copyOf(sets);
        setConfigs.putAll(sets);
        knownSets.addAll(sets.keySet());
    }

    /** The limits of a set ({@link SetConfig#NONE} unless configured). */
    public SetConfig setConfig(String set) {
        return set == null ? SetConfig.NONE : setConfigs.getOrDefault(set, SetConfig.NONE);
    }

    /** Changes a set's limits; as on the real server, configuring a set lists it. */
    public synchronized void configureSet(String set, UnaryOperator<SetConfig> change) {
        SetConfig next = change.apply(setConfig(set));
        knownSets.add(set);
        setConfigs.put(set, next);
    }

    /** Where stop-writes-sys-memory-pct reads the system's used memory (the embedded server cannot measure it). */
    public void systemMemoryUsedPct(IntSupplier pct) {
        this.systemMemoryUsedPct = pct;
    }

    /**
     * Whether the namespace is at stop-writes (writes fail with SERVER_MEM_ERROR, 8): its records use
     * stop-writes-used-pct of data-size, the (simulated) system memory is above stop-writes-sys-memory-pct, or the
     * primary index is over indexes-memory-budget. The real server re-evaluates this every 10 seconds; here every write.
     */
    public boolean stopsWrites() {
        NamespaceConfig c = config;
        int sysPct = c.stopWritesSysMemoryPct();
        return c.stopsWrites(storedBytes.get())
                || sysPct != 0 && systemMemoryUsedPct.getAsInt() > sysPct
                || c.indexesMemoryBudget() != 0 && indexUsedBytes() > c.indexesMemoryBudget();
    }

    /**
     * The result code a write to {@code set} gets from the set's limits, 0 when none stops it: FAIL_FORBIDDEN (22)
     * when the set's records already use more than stop-writes-size bytes (any write), or when a write creating a
     * record finds the set holding stop-writes-count records.
     */
    public int setStopWritesCode(String set, boolean creating) {
        SetConfig limits = setConfig(set);
        if (limits.stopWritesCount() == 0 && limits.stopWritesSize() == 0) {
            return 0;
        }
        long[] usage = setUsage(set);
        if (creating && limits.stopWritesCount() != 0 && usage[0] >= limits.stopWritesCount()) {
            return FAIL_FORBIDDEN;
        }
        return limits.stopWritesSize() != 0 && usage[1] > limits.stopWritesSize() ? FAIL_FORBIDDEN : 0;
    }

    /** {records, bytes} of a set, expired records not yet removed included. */
    private long[] setUsage(String set) {
        long[] usage = new long[2];
        records().filter(r -> set.equals(r.setName())).forEach(r -> {
            usage[0]++;
            usage[1] += RecordSize.of(r);
        });
        return usage;
    }

    /** Primary-index bytes: 64 per stored record (index_used_bytes). */
    public long indexUsedBytes() {
        return storedObjects.get() * NamespaceConfig.INDEX_ENTRY_BYTES;
    }

    /** The nsup counters: evicted records, the last evict void time, whether the eviction limit is breached. */
    public NsupStats nsupStats() {
        return nsup;
    }

    public String name() {
        return config.name();
    }

    /** The namespace's secondary indexes. */
    public IndexCatalog indexes() {
        return indexes;
    }

    /** Whether a record of this set was ever stored here (the real server keeps set names once seen). */
    public boolean knowsSet(String set) {
        return knownSets.contains(set);
    }

    /** The lock guarding every mutation of the record with this digest. */
    public ReentrantLock lockFor(Digest digest) {
        return locks[(digest.hashCode() & 0x7FFF_FFFF) % STRIPES];
    }

    /**
     * The live record with this digest, or null when absent or expired. An expired record stays stored (and counted
     * in {@code objects}) until nsup removes it, as on the real server, where reading it does not remove it either.
     */
    public StoredRecord get(Digest digest) {
        StoredRecord r = partitions[digest.partitionId()].get(digest);
        return r != null && r.isExpired(clock.nowSeconds()) ? null : r;
    }

    /** Stores a record written by a client command and passes it to the replica sink. */
    public void put(Digest digest, StoredRecord record) {
        applyReplica(digest, record);
        sink.changed(name(), digest, record);
    }

    /** Removes a record deleted by a client command and passes the removal to the replica sink. */
    public void remove(Digest digest) {
        applyReplica(digest, null);
        sink.changed(name(), digest, null);
    }

    /** The uncommitted state a transaction holds on the record with this digest, or null when it is not locked. */
    public Provisional provisional(Digest digest) {
        return provisionals[digest.partitionId()].get(digest);
    }

    /** Locks the record for a transaction with its provisional state, and passes it to the replica sink. */
    public void putProvisional(Digest digest, Provisional provisional) {
        applyProvisionalReplica(digest, provisional);
        sink.provisionalChanged(name(), digest, provisional);
    }

    /** Unlocks the record (its transaction rolled forward or back), and passes that to the replica sink. */
    public void removeProvisional(Digest digest) {
        applyProvisionalReplica(digest, null);
        sink.provisionalChanged(name(), digest, null);
    }

    /** Stores (or, with null, removes) a provisional state copied from another node; nothing is replicated. */
    public void applyProvisionalReplica(Digest digest, Provisional provisional) {
        if (provisional == null) {
            provisionals[digest.partitionId()].remove(digest);
        } else {
            provisionals[digest.partitionId()].put(digest, provisional);
        }
    }

    /** A copy of the provisional states of one partition. */
    public Map<Digest, Provisional> provisionals(int partitionId) {
        return new HashMap<>(provisionals[partitionId]);
    }

    /** Number of records locked by a transaction. */
    public long provisionalCount() {
        long n = 0;
        for (ConcurrentHashMap<Digest, Provisional> p : provisionals) {
            n += p.size();
        }
        return n;
    }

    /** Stores (or, with null, removes) a record copied from another node; nothing is replicated. */
    public void applyReplica(Digest digest, StoredRecord record) {
        ConcurrentHashMap<Digest, StoredRecord> records = partitions[digest.partitionId()];
        if (record == null) {
            uncount(records.remove(digest));
            return;
        }
        if (record.setName() != null) {
            knownSets.add(record.setName());
        }
        uncount(records.put(digest, record));
        storedBytes.addAndGet(RecordSize.of(record));
        storedObjects.incrementAndGet();
    }

    /**
     * Lists the set from now on, with or without records: the real server enters a set in its table once a write
     * creating a record gets as far as naming the record's set, even when the write then fails, and never forgets it.
     */
    public void addSet(String set) {
        knownSets.add(set);
    }

    /** A copy of the records of one partition (including not yet reaped expired ones). */
    public Map<Digest, StoredRecord> partition(int partitionId) {
        return new HashMap<>(partitions[partitionId]);
    }

    /** Replaces the content of one partition with a migrated copy. */
    public void replacePartition(int partitionId, Map<Digest, StoredRecord> records) {
        replacePartition(partitionId, records, Map.of());
    }

    /** Replaces the content of one partition, the transactions' provisional states included, with a migrated copy. */
    public void replacePartition(int partitionId, Map<Digest, StoredRecord> records,
            Map<Digest, Provisional> locked) {
        dropPartition(partitionId);
        for (Map.Entry<Digest, StoredRecord> e : records.entrySet()) {
            applyReplica(e.getKey(), e.getValue());
        }
        provisionals[partitionId].putAll(locked);
    }

    /** Drops every record of a partition this node no longer owns. */
    public void dropPartition(int partitionId) {
        provisionals[partitionId].clear();
        partitions[partitionId].values().removeIf(r -> {
            uncount(r);
            return true;
        });
    }

    /**
     * Number of stored records, as the server's {@code objects} counts them: expired records that nsup has not removed
     * yet included.
     */
    public long objectCount() {
        return storedObjects.get();
    }

    /** Number of stored records (expired ones not yet removed included) in the partitions {@code partitionFilter} accepts. */
    public long objectCount(IntPredicate partitionFilter) {
        long count = 0;
        for (int pid = 0; pid < Proto.PARTITIONS; pid++) {
            if (partitionFilter.test(pid)) {
                count += partitions[pid].size();
            }
        }
        return count;
    }

    /** Number of live records (not expired). */
    public long liveCount() {
        long now = clock.nowSeconds();
        return records().filter(r -> !r.isExpired(now)).count();
    }

    private Stream<StoredRecord> records() {
        return Stream.of(partitions).flatMap(p -> p.values().stream());
    }

    /**
     * Record count per set name, sorted by name, as the server's {@code sets} answer counts them (expired records not
     * yet removed by nsup included): every set ever written or configured is listed, with 0 once its records are
     * gone. Records without a set are not counted.
     */
    public Map<String, Long> setCounts() {
        return setCounts(false);
    }

    /** As {@link #setCounts()}, counting only live records. */
    public Map<String, Long> liveSetCounts() {
        return setCounts(true);
    }

    private Map<String, Long> setCounts(boolean liveOnly) {
        long now = clock.nowSeconds();
        Map<String, Long> counts = new TreeMap<>();
        for (String set : knownSets) {
            counts.put(set, 0L);
        }
        records().filter(r -> r.setName() != null && !(liveOnly && r.isExpired(now)))
                .forEach(r -> counts.merge(r.setName(), 1L, Long::sum));
        return counts;
    }

    /**
     * Truncates the set (or, with null, the whole namespace) to {@code cutLut} (server-epoch milliseconds): every record
     * last updated before it is dropped; later writes survive. As on the real server, a set never written is left
     * alone (nothing is remembered for it) and a cut not later than the current one changes nothing. Not replicated:
     * every node of a cluster applies the command itself.
     */
    public void truncate(String set, long cutLut) {
        if (set != null && !knownSets.contains(set)) {
            return;
        }
        long current = set == null ? truncateLut : setTruncateLuts.getOrDefault(set, 0L);
        if (cutLut <= current) {
            return;
        }
        if (set == null) {
            truncateLut = cutLut;
        } else {
            setTruncateLuts.put(set, cutLut);
        }
        long cutUnixMillis = cutLut + ServerClock.CITRUSLEAF_EPOCH_SECONDS * 1000;
        for (ConcurrentHashMap<Digest, StoredRecord> records : partitions) {
            records.values().removeIf(r -> {
                boolean cut = r.lastUpdateMillis() < cutUnixMillis && (set == null || set.equals(r.setName()));
                if (cut) {
                    uncount(r);
                }
                return cut;
            });
        }
    }

    /** Forgets the set's (or, with null, the namespace's) truncation cut-off; records already dropped stay dropped. */
    public void undoTruncate(String set) {
        if (set == null) {
            truncateLut = 0;
        } else if (knownSets.contains(set)) {
            setTruncateLuts.remove(set);
        }
    }

    /** The set's (or, with null, the namespace's) truncation cut-off in server-epoch milliseconds, 0 when none. */
    public long truncateLut(String set) {
        return set == null ? truncateLut : setTruncateLuts.getOrDefault(set, 0L);
    }

    /**
     * Flattened bytes of every stored record, kept as records come and go: what stop-writes-used-pct is measured by
     * (the real server counts an expired record's bytes until nsup removes it).
     */
    public long storedBytes() {
        return storedBytes.get();
    }

    private void uncount(StoredRecord r) {
        if (r != null) {
            storedBytes.addAndGet(-RecordSize.of(r));
            storedObjects.decrementAndGet();
        }
    }

    /** Sum of flattened record sizes, expired records not yet removed included ({@code data_used_bytes}). */
    public long dataUsedBytes() {
        return storedBytes.get();
    }

    // ---- isolation and time travel (issue 17) ----

    /**
     * One cycle of the namespace supervisor (nsup), as the real server runs it every nsup-period: when the namespace
     * breaches an eviction limit (evict-used-pct of data-size, or evict-indexes-memory-pct of indexes-memory-budget),
     * it evicts the records expiring soonest (see {@link EvictionThreshold}; records without TTL never), expired
     * ones included, counted in {@code evicted_objects}; otherwise it removes every record whose void time has passed,
     * counted in {@code expired_objects}. Breached with nothing to evict, it removes nothing (as the server does,
     * unless a set has disable-eviction). A record rewritten meanwhile (a new snapshot) is left alone. With
     * nsup-period 0 there is no supervisor and nothing is removed (reads still answer "not found").
     *
     * @return how many records were removed
     */
    public long nsupCycle() {
        NamespaceConfig c = config;
        if (c.nsupPeriod() == 0) {
            return 0;
        }
        long now = clock.nowSeconds();
        boolean breached = evictionBreached(c);
        nsup.hwmBreached(breached);
        if (breached) {
            long[] evictable = records().filter(r -> r.voidTime() != 0 && !setConfig(r.setName()).disableEviction())
                    .mapToLong(StoredRecord::voidTime).toArray();
            long cut = EvictionThreshold.of(now, evictable, c.evictTenthsPct());
            if (cut > now) {
                nsup.evicting(cut, cut - now);
                return remove(r -> !setConfig(r.setName()).disableEviction() && r.voidTime() < cut, now);
            }
            if (cut == 0 && setConfigs.values().stream().noneMatch(SetConfig::disableEviction)) {
                return 0;
            }
        }
        return remove(r -> false, now);
    }

    /** Removes the records {@code evictable} selects (counted as evicted) and the other expired ones. */
    private long remove(Predicate<StoredRecord> evictable, long now) {
        long expired = 0;
        long evicted = 0;
        long nonExpirable = 0;
        for (ConcurrentHashMap<Digest, StoredRecord> records : partitions) {
            for (Map.Entry<Digest, StoredRecord> e : records.entrySet()) {
                StoredRecord r = e.getValue();
                if (r.voidTime() == 0) {
                    nonExpirable++;
                    continue;
                }
                boolean evict = evictable.test(r);
                if ((evict || r.isExpired(now)) && records.remove(e.getKey(), r)) {
                    uncount(r);
                    if (evict) {
                        evicted++;
                    } else {
                        expired++;
                    }
                }
            }
        }
        expiredObjects.addAndGet(expired);
        nsup.cycleDone(nonExpirable, evicted);
        return expired + evicted;
    }

    private boolean evictionBreached(NamespaceConfig c) {
        boolean data = c.evictUsedPct() != 0 && c.usedPct(storedBytes.get()) >= c.evictUsedPct();
        boolean indexes = c.evictIndexesMemoryPct() != 0 && c.indexesMemoryBudget() != 0
                && indexUsedBytes() * 100 / c.indexesMemoryBudget() >= c.evictIndexesMemoryPct();
        return data || indexes;
    }

    /** Records removed because their void time passed, since the store was created or last cleared. */
    public long expiredObjects() {
        return expiredObjects.get();
    }

    /** Takes every stripe lock, in a fixed order: no record of this store changes until {@link #unlockAll()}. */
    void lockAll() {
        for (ReentrantLock lock : locks) {
            lock.lock();
        }
    }

    void unlockAll() {
        for (int i = locks.length - 1; i >= 0; i--) {
            locks[i].unlock();
        }
    }

    /** Forgets every record, set name, truncation cut-off and counter: the state of a new store. */
    void clear() {
        for (ConcurrentHashMap<Digest, StoredRecord> records : partitions) {
            if (!records.isEmpty()) {
                records.clear();
            }
        }
        for (ConcurrentHashMap<Digest, Provisional> locked : provisionals) {
            locked.clear();
        }
        txnStats.clear();
        consistency = initialConsistency;
        knownSets.clear();
        setTruncateLuts.clear();
        truncateLut = 0;
        expiredObjects.set(0);
        storedBytes.set(0);
        storedObjects.set(0);
        nsup.clear();
        setConfigs.clear();
        setConfigs.putAll(initialSetConfigs);
        knownSets.addAll(initialSetConfigs.keySet());
        config = initialConfig;
    }
}
