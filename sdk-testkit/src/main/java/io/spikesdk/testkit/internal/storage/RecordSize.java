package io.spikesdk.testkit.internal.storage;

import io.spikesdk.api.ParticleType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Approximates the server's flattened record size, which the namespace max-record-size limits:
 * a fixed header, the set name and stored key, and per bin its name, a particle header and value.
 * The real server accepts a 1048516-byte blob and rejects a 1048676-byte one under a 1 MiB limit;
 * this estimate lands in between.
 */
public final class RecordSize {
    private static final int RECORD_OVERHEAD = 24;
    private static final int BIN_OVERHEAD = 6;
    private static final int FLAT_HEADER = 36;
    private static final int END_MARK = 4;
    private static final int RBLOCK = 16;

    private RecordSize() {
    }

    public static long of(StoredRecord r) {
        return of(r.bins(), r.setName(), r.key());
    }

    public static long of(List<Bin> bins, String setName, byte[] key) {
        long size = RECORD_OVERHEAD;
        if (setName != null) {
            size += setName.getBytes(StandardCharsets.UTF_8).length;
        }
        if (key != null) {
            size += key.length;
        }
        for (Bin b : bins) {
            size += BIN_OVERHEAD + b.name().length() + b.value().length;
        }
        return size;
    }

    /**
     * The size the real server reports for a stored record (RECORD_SIZE / MEMORY_SIZE expressions): its flat form
     * (a 36-byte header, a 4-byte void time when it expires, the set name behind a length byte, the key behind a
     * varint length, a varint bin count, and per bin a length byte, the name and the flat particle) plus a 4-byte
     * end mark, rounded up to 16-byte blocks.
     */
    public static long stored(List<Bin> bins, String setName, byte[] key, boolean expires) {
        long size = FLAT_HEADER + (expires ? Integer.BYTES : 0);
        if (setName != null) {
            size += 1 + setName.getBytes(StandardCharsets.UTF_8).length;
        }
        if (key != null) {
            size += varintSize(key.length) + key.length;
        }
        if (!bins.isEmpty()) {
            size += varintSize(bins.size());
        }
        for (Bin b : bins) {
            size += 1 + b.name().length() + flatParticleSize(b);
        }
        return (size + END_MARK + RBLOCK - 1) / RBLOCK * RBLOCK;
    }

    /** Type byte, then: integers a size byte and 1, 2, 4 or 8 bytes; doubles 8; bools 1; others a 4-byte size. */
    private static int flatParticleSize(Bin b) {
        switch (b.type()) {
            case ParticleType.INTEGER:
                long v = ByteBuffer.wrap(b.value()).getLong();
                int bytes = (v & ~0xFFFF_FFFFL) != 0 ? 8 : (v & ~0xFFFFL) != 0 ? 4 : (v & ~0xFFL) != 0 ? 2 : 1;
                return 2 + bytes;
            case ParticleType.DOUBLE:
                return 1 + Double.BYTES;
            case ParticleType.BOOL:
                return 2;
            default:
                return 1 + Integer.BYTES + b.value().length;
        }
    }

    private static int varintSize(long v) {
        int n = 1;
        while (v >= 0x80) {
            v >>>= 7;
            n++;
        }
        return n;
    }
}
