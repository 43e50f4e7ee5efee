package io.spikesdk.api;

import java.util.Objects;

/**
 * One record of a scan or query: its key (the digest, with the user key when the record stored it) and the
 * record (bins, generation, TTL; no bins when the scan asked for none).
 */
public record KeyRecord(Key key, Record record) {
    public KeyRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(record, "record");
    }
}
