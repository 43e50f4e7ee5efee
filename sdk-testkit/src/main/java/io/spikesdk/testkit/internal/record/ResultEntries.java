package io.spikesdk.testkit.internal.record;

import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.storage.Bin;
import java.util.ArrayList;
import java.util.List;

/** The op entries of a reply, collected while a command runs and written once it succeeded. */
final class ResultEntries {
    private static final byte[] EMPTY = new byte[0];

    private record Entry(int opType, String name, int particleType, byte[] value) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(int opType, String name, int particleType, byte[] value) {
        entries.add(new Entry(opType, name, particleType, value));
    }

    /** A bin as a plain READ returns it: lists and maps without their stored persist-index flag. */
    void addBin(Bin bin) {
        add(OpType.READ, bin.name(), bin.type(), CdtEngine.readView(bin.type(), bin.value()));
    }

    void addNull(int opType, String name) {
        entries.add(new Entry(opType, name, ParticleType.NULL, EMPTY));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    void clear() {
        entries.clear();
    }

    void writeTo(MessageWriter out) {
        for (Entry e : entries) {
            out.opLatin1(e.opType(), e.particleType(), e.name(), e.value(), 0, e.value().length);
        }
    }
}
