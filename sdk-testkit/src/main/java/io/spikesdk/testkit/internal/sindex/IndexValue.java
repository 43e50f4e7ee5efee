package io.spikesdk.testkit.internal.sindex;

import java.util.Arrays;

/**
 * One value a record contributes to an index: an integer (NUMERIC) or the bytes of a string or blob, with the bval
 * the real server orders index entries by (the integer itself, or the wyhash of the bytes).
 */
record IndexValue(long bval, long number, byte[] bytes) {
    static IndexValue ofNumber(long number) {
        return new IndexValue(number, number, null);
    }

    static IndexValue ofBytes(byte[] bytes) {
        return new IndexValue(Wyhash.hash(bytes), 0, bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexValue v && bval == v.bval && number == v.number && Arrays.equals(bytes, v.bytes);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bval) * 31 + Arrays.hashCode(bytes);
    }
}
