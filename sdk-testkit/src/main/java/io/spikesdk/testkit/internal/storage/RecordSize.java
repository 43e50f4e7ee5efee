package io.spikesdk.testkit.internal.storage;

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
}
