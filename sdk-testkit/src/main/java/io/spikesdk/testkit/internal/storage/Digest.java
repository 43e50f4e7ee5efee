package io.spikesdk.testkit.internal.storage;

import java.util.Arrays;

/** A 20-byte record digest used as a map key; also gives the record's partition id. */
public final class Digest {
    public static final int SIZE = 20;

    private final byte[] bytes;
    private final int hash;

    public Digest(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** Partition id: first two bytes little-endian, masked to 12 bits (docs/wire-protocol.md §6). */
    public int partitionId() {
        return ((bytes[0] & 0xFF) | ((bytes[1] & 0xFF) << 8)) & 0x0FFF;
    }

    /** Unsigned lexicographic comparison of the bytes (the real server walks a partition in descending order). */
    public int compareUnsigned(Digest other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digest d && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
