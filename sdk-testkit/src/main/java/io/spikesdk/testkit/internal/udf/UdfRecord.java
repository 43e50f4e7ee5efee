package io.spikesdk.testkit.internal.udf;

import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record a record UDF runs on, as the real server keeps it during the call: bin assignments
 * ({@code rec.bin = v}) wait in a cache until {@code aerospike:create} / {@code aerospike:update} applies them (and
 * are dropped when neither is called); {@code aerospike:remove} clears every bin. The caller builds it from the
 * stored record and, when {@link #dirty()}, stores {@link #bins()} (or deletes the record when none is left).
 */
public final class UdfRecord {
    /** Metadata of the stored record the call started from (zeros and nulls for a missing record). */
    public record Meta(int generation, long ttlSeconds, String setName, UdfValue key, byte[] digest,
            long lastUpdateMillis) {
    }

    /** The longest bin name, in UTF-8 bytes. */
    public static final int MAX_BIN_NAME = 15;

    private final Map<String, UdfValue> bins = new LinkedHashMap<>();
    private final Map<String, UdfValue> pending = new LinkedHashMap<>();
    private final Meta meta;
    private boolean open;
    private boolean dirty;
    private boolean created;
    private Long newTtl;
    private boolean dropKey;

    /** @param stored the stored bins in order, or null when the record does not exist */
    public UdfRecord(Map<String, UdfValue> stored, Meta meta) {
        this.meta = meta;
        this.open = stored != null;
        if (stored != null) {
            bins.putAll(stored);
        }
    }

    /** An existing stored record as a UDF sees it, at {@code nowSeconds} (server epoch). */
    public static UdfRecord stored(StoredRecord rec, byte[] digest, long nowSeconds) {
        return stored(rec, digest, nowSeconds, null);
    }

    /**
     * As {@link #stored(StoredRecord, byte[], long)}, for a call whose request sent {@code sentKey} (or null): a record
     * that does not store its key shows the sent one as {@code record.key}, as the real server's does.
     */
    public static UdfRecord stored(StoredRecord rec, byte[] digest, long nowSeconds, byte[] sentKey) {
        Map<String, UdfValue> bins = new LinkedHashMap<>();
        for (Bin b : rec.bins()) {
            // stored names keep one char per wire byte; Lua sees the UTF-8 text
            String name = new String(b.name().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            bins.put(name, new UdfValue(b.type(), b.value()));
        }
        long ttl = rec.voidTime() > nowSeconds ? rec.voidTime() - nowSeconds : 0;
        byte[] flat = rec.key() != null && rec.key().length > 0 ? rec.key() : sentKey;
        UdfValue key = flat == null || flat.length == 0 ? null : new UdfValue(flat[0] & 0xFF, Arrays.copyOfRange(flat, 1, flat.length));
        long lut = rec.lastUpdateMillis() - ServerClock.CITRUSLEAF_EPOCH_SECONDS * 1000;
        return new UdfRecord(bins, new Meta(rec.generation(), ttl, rec.setName(), key, digest, lut));
    }

    /** {@code rec[name]}: a cached assignment, else the bin, else nil (null); nil for a name too long for a bin. */
    UdfValue get(String name) {
        if (tooLong(name)) {
            return null;
        }
        if (pending.containsKey(name)) {
            return pending.get(name);
        }
        return open ? bins.get(name) : null;
    }

    /**
     * {@code rec[name] = v}; nil removes the bin once applied. The real server ignores (and logs) an assignment to a
     * name too long for a bin, so the call goes on as if it had not been made.
     */
    void set(String name, UdfValue value) {
        if (!tooLong(name)) {
            pending.put(name, value);
        }
    }

    private static boolean tooLong(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length > MAX_BIN_NAME;
    }

    /** {@code aerospike:exists}. */
    boolean exists() {
        return open;
    }

    /** {@code aerospike:create}: 0, or 1 when the record already exists with bins. */
    int create() {
        if (open && !bins.isEmpty()) {
            return 1;
        }
        if (!open) {
            created = true;
        }
        open = true;
        return applyPending();
    }

    /** {@code aerospike:update}: 0, or -2 when the record does not exist. */
    int update() {
        if (!open) {
            return -2;
        }
        return applyPending();
    }

    /** {@code aerospike:remove}: 0 (every bin goes), or 1 when the record does not exist. */
    int remove() {
        if (!open) {
            return 1;
        }
        pending.clear();
        bins.clear();
        dirty = true;
        return 0;
    }

    private int applyPending() {
        for (Map.Entry<String, UdfValue> e : pending.entrySet()) {
            if (e.getValue() == null || e.getValue().isNil()) {
                bins.remove(e.getKey());
            } else {
                bins.put(e.getKey(), e.getValue());
            }
        }
        pending.clear();
        dirty = true;
        return 0;
    }

    /** The bin names, or null when the record does not exist (the call then fails). */
    List<String> binNames() {
        return open ? new ArrayList<>(bins.keySet()) : null;
    }

    Meta meta() {
        return meta;
    }

    void setTtl(long ttl) {
        newTtl = ttl;
    }

    void dropKey() {
        dropKey = true;
    }

    /** Whether a create, update or remove changed the record, which must then be stored. */
    public boolean dirty() {
        return dirty;
    }

    /** Whether the record did not exist before the call created it. */
    public boolean created() {
        return created;
    }

    /** The bins to store, in order. */
    public Map<String, UdfValue> bins() {
        return bins;
    }

    /** The TTL {@code record.set_ttl} asked for, or null. */
    public Long newTtl() {
        return newTtl;
    }

    /** Whether {@code record.drop_key} asked not to store the key. */
    public boolean keyDropped() {
        return dropKey;
    }
}
