package io.spikesdk.testkit.internal.storage;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The records of one namespace, keyed by digest (the partition id stays derivable from the
 * digest for later cluster work). Mutations of one record happen under its stripe lock.
 */
public final class NamespaceStore {
    private static final int STRIPES = 1024;

    private final NamespaceConfig config;
    private final ServerClock clock;
    private final ConcurrentHashMap<Digest, StoredRecord> records = new ConcurrentHashMap<>();
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final Set<String> knownSets = ConcurrentHashMap.newKeySet();

    public NamespaceStore(NamespaceConfig config, ServerClock clock) {
        this.config = config;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public NamespaceConfig config() {
        return config;
    }

    public String name() {
        return config.name();
    }

    /** The lock guarding every mutation of the record with this digest. */
    public ReentrantLock lockFor(Digest digest) {
        return locks[(digest.hashCode() & 0x7FFF_FFFF) % STRIPES];
    }

    /** The live record with this digest, or null when absent or expired (expired ones are dropped). */
    public StoredRecord get(Digest digest) {
        StoredRecord r = records.get(digest);
        if (r != null && r.isExpired(clock.nowSeconds())) {
            records.remove(digest, r);
            return null;
        }
        return r;
    }

    public void put(Digest digest, StoredRecord record) {
        if (record.setName() != null) {
            knownSets.add(record.setName());
        }
        records.put(digest, record);
    }

    public void remove(Digest digest) {
        records.remove(digest);
    }

    /** Number of live records. */
    public long objectCount() {
        long now = clock.nowSeconds();
        return records.values().stream().filter(r -> !r.isExpired(now)).count();
    }

    /**
     * Live record count per set name, sorted by name: every set ever written is listed, with 0
     * once its records are gone, as on the real server. Records without a set are not counted.
     */
    public Map<String, Long> setCounts() {
        long now = clock.nowSeconds();
        Map<String, Long> counts = new TreeMap<>();
        for (String set : knownSets) {
            counts.put(set, 0L);
        }
        for (StoredRecord r : records.values()) {
            if (r.setName() != null && !r.isExpired(now)) {
                counts.merge(r.setName(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Sum of flattened record sizes of live records. */
    public long dataUsedBytes() {
        long now = clock.nowSeconds();
        return records.values().stream().filter(r -> !r.isExpired(now)).mapToLong(RecordSize::of).sum();
    }
}
