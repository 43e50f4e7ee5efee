package io.spikesdk.testkit.internal.record;

import io.spikesdk.testkit.internal.ops.RecordView;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.RecordSize;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bins a command is changing, on top of the stored snapshot (or of nothing, for a create). A read or a filter
 * sees the stored record's metadata; the ops of a write see it as the server does once it has advanced the record's
 * version: the new void time, the command's time as last update, and, on a create, the set the request names.
 */
final class WorkingRecord implements RecordView {
    private static final long NEW_RECORD_SIZE = 16;

    private final StoredRecord original;
    private final byte[] digest;
    private final long nowMillis;
    private final List<Bin> bins;
    /** Position of each bin in {@code bins}: a write of n bins looks each one up, so a scan would cost n². */
    private final Map<String, Integer> positions = new HashMap<>();
    private final String setName;
    private final long voidTime;
    private final long lastUpdateMillis;

    private WorkingRecord(StoredRecord original, byte[] digest, long nowMillis, boolean startEmpty, String setName,
            long voidTime, long lastUpdateMillis) {
        this.original = original;
        this.digest = digest;
        this.nowMillis = nowMillis;
        this.bins = original == null || startEmpty ? new ArrayList<>() : new ArrayList<>(original.bins());
        indexPositions();
        this.setName = setName;
        this.voidTime = voidTime;
        this.lastUpdateMillis = lastUpdateMillis;
    }

    /** The stored record as it is, for reads and filter expressions. */
    static WorkingRecord forRead(StoredRecord stored, byte[] digest, long nowMillis) {
        return new WorkingRecord(stored, digest, nowMillis, false, stored.setName(), stored.voidTime(),
                stored.lastUpdateMillis());
    }

    /** The record a write's ops run on: {@code original} is null for a create; {@code replace} starts without bins. */
    static WorkingRecord forWrite(StoredRecord original, byte[] digest, long nowMillis, boolean replace,
            String setName, long newVoidTime) {
        return new WorkingRecord(original, digest, nowMillis, replace, setName, newVoidTime, nowMillis);
    }

    /** Replaces the bin of the same name in place, or appends it (bins keep insertion order). */
    void set(Bin bin) {
        Integer at = positions.get(bin.name());
        if (at != null) {
            bins.set(at, bin);
        } else {
            positions.put(bin.name(), bins.size());
            bins.add(bin);
        }
    }

    void remove(String name) {
        Integer at = positions.get(name);
        if (at != null) {
            bins.remove((int) at);
            indexPositions();
        }
    }

    void clear() {
        bins.clear();
        positions.clear();
    }

    private void indexPositions() {
        positions.clear();
        for (int i = 0; i < bins.size(); i++) {
            positions.put(bins.get(i).name(), i);
        }
    }

    List<Bin> snapshot() {
        return List.copyOf(bins);
    }

    @Override
    public boolean exists() {
        return original != null;
    }

    @Override
    public List<Bin> bins() {
        return Collections.unmodifiableList(bins);
    }

    @Override
    public Bin bin(String name) {
        Integer at = positions.get(name);
        return at == null ? null : bins.get(at);
    }

    @Override
    public int generation() {
        return original == null ? 0 : original.generation();
    }

    @Override
    public long voidTime() {
        return voidTime;
    }

    @Override
    public long lastUpdateMillis() {
        return lastUpdateMillis;
    }

    @Override
    public String setName() {
        return setName;
    }

    @Override
    public byte[] storedKey() {
        return original == null || original.key() == null ? null : original.key().clone();
    }

    @Override
    public long storedSize() {
        return original == null ? NEW_RECORD_SIZE
                : RecordSize.stored(original.bins(), original.setName(), original.key(), original.voidTime() != 0);
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    @Override
    public long nowMillis() {
        return nowMillis;
    }
}
