package io.spikesdk.testkit.internal.record;

import io.spikesdk.testkit.internal.ops.RecordView;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The bins a command is changing, on top of the stored snapshot (or of nothing, for a create). */
final class WorkingRecord implements RecordView {
    private final StoredRecord original;
    private final byte[] digest;
    private final long nowMillis;
    private final List<Bin> bins;

    WorkingRecord(StoredRecord original, byte[] digest, long nowMillis, boolean startEmpty) {
        this.original = original;
        this.digest = digest;
        this.nowMillis = nowMillis;
        this.bins = original == null || startEmpty ? new ArrayList<>() : new ArrayList<>(original.bins());
    }

    /** Replaces the bin of the same name in place, or appends it (bins keep insertion order). */
    void set(Bin bin) {
        for (int i = 0; i < bins.size(); i++) {
            if (bins.get(i).name().equals(bin.name())) {
                bins.set(i, bin);
                return;
            }
        }
        bins.add(bin);
    }

    void remove(String name) {
        bins.removeIf(b -> b.name().equals(name));
    }

    void clear() {
        bins.clear();
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
        for (Bin b : bins) {
            if (b.name().equals(name)) {
                return b;
            }
        }
        return null;
    }

    @Override
    public int generation() {
        return original == null ? 0 : original.generation();
    }

    @Override
    public long voidTime() {
        return original == null ? 0 : original.voidTime();
    }

    @Override
    public long lastUpdateMillis() {
        return original == null ? 0 : original.lastUpdateMillis();
    }

    @Override
    public String setName() {
        return original == null ? null : original.setName();
    }

    @Override
    public byte[] storedKey() {
        return original == null || original.key() == null ? null : original.key().clone();
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
