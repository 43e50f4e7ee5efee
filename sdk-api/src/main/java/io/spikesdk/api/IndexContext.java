package io.spikesdk.api;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A path into a bin's nested lists and maps, where a secondary index reads its values and where a query's
 * {@link Filter} looks: the packed msgpack of a CTX path, as built by {@code io.spikesdk.cdt.CTX.indexContext(...)}.
 *
 * <p>Immutable. An index created with a context answers only filters that carry the same context.
 */
public final class IndexContext {

    private final byte[] bytes;

    private IndexContext(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Wraps a copy of a packed CTX path ({@code [id1, value1, id2, value2, ...]}).
     *
     * @throws NullPointerException if {@code msgpack} is null
     * @throws IllegalArgumentException if {@code msgpack} is empty
     */
    public static IndexContext of(byte[] msgpack) {
        Objects.requireNonNull(msgpack, "msgpack");
        if (msgpack.length == 0) {
            throw new IllegalArgumentException("msgpack: an index context needs its packed CTX path, got 0 bytes");
        }
        return new IndexContext(msgpack.clone());
    }

    /** A copy of the msgpack bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of msgpack bytes. */
    public int size() {
        return bytes.length;
    }

    /** Copies the bytes to {@code dst[off..off+size())} without allocating. */
    public void copyTo(byte[] dst, int off) {
        System.arraycopy(bytes, 0, dst, off, bytes.length);
    }

    /** The bytes in Base64, as {@code sindex-create} and {@code sindex-list} carry them. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexContext && Arrays.equals(((IndexContext) o).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "IndexContext(" + toBase64() + ")";
    }
}
