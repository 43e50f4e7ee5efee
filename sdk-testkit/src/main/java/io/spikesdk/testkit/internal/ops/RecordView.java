package io.spikesdk.testkit.internal.ops;

import io.spikesdk.testkit.internal.storage.Bin;
import java.util.List;

/**
 * Read-only view of the record a complex op or a filter expression runs against, as it stands
 * at that point of the command (earlier ops of the same command already applied).
 */
public interface RecordView {
    /** Whether the record exists (a write may be creating it). */
    boolean exists();

    /** Current bins in insertion order (unmodifiable). */
    List<Bin> bins();

    /** The bin with this name (ISO-8859-1 text of the wire bytes), or null. */
    Bin bin(String name);

    /** Generation before this command (0 for a new record). */
    int generation();

    /** Void time in server-epoch seconds (0 = never expires); inside a write, the one the write gives. */
    long voidTime();

    /** Unix millis of the last write; inside a write, the write's own time. */
    long lastUpdateMillis();

    /** Set name or null; inside a write that creates the record, the set the request names. */
    String setName();

    /** Stored key (particle type byte + key bytes), or null. */
    byte[] storedKey();

    /**
     * The record's size as the server stored it (RECORD_SIZE): inside a write, the version before the write, and
     * 16 for a record being created (the smallest block count).
     */
    long storedSize();

    /** The 20-byte digest. */
    byte[] digest();

    /** Now in Unix milliseconds, from the server's clock. */
    long nowMillis();
}
