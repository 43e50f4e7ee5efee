package io.spikesdk.api;

import java.util.Objects;

/**
 * The secondary-index condition of a query: equality or a range on the values of a bin, or of the elements of
 * its list / keys / values of its map ({@link IndexCollectionType}). The query needs an index on that bin with the
 * matching type and collection type; without one the server answers INDEX_NOT_FOUND (201). Immutable.
 */
public final class Filter {
    private final String bin;
    private final IndexCollectionType collectionType;
    private final int particleType;
    private final Value begin;
    private final Value end;

    private Filter(String bin, IndexCollectionType collectionType, Value begin, Value end) {
        this.bin = Objects.requireNonNull(bin, "bin");
        this.collectionType = Objects.requireNonNull(collectionType, "collectionType");
        this.particleType = begin.particleType();
        this.begin = begin;
        this.end = end;
    }

    /** Bin value equal to {@code value}. */
    public static Filter equal(String bin, long value) {
        Value v = new Value.LongValue(value);
        return new Filter(bin, IndexCollectionType.DEFAULT, v, v);
    }

    /** Bin value equal to {@code value}. */
    public static Filter equal(String bin, String value) {
        Value v = new Value.StringValue(Objects.requireNonNull(value, "value"));
        return new Filter(bin, IndexCollectionType.DEFAULT, v, v);
    }

    /** Bin value equal to {@code value} (a blob index). */
    public static Filter equal(String bin, byte[] value) {
        Value v = new Value.BytesValue(Objects.requireNonNull(value, "value"));
        return new Filter(bin, IndexCollectionType.DEFAULT, v, v);
    }

    /**
     * Bin value within {@code begin..end}, both included.
     *
     * @throws IllegalArgumentException when {@code begin > end}
     */
    public static Filter range(String bin, long begin, long end) {
        return range(bin, IndexCollectionType.DEFAULT, begin, end);
    }

    /** A list element, map key or map value (per {@code type}) within {@code begin..end}, both included. */
    public static Filter range(String bin, IndexCollectionType type, long begin, long end) {
        if (begin > end) {
            throw new IllegalArgumentException("range: begin " + begin + " is greater than end " + end);
        }
        return new Filter(bin, type, new Value.LongValue(begin), new Value.LongValue(end));
    }

    /** A list element, map key or map value (per {@code type}) equal to {@code value}. */
    public static Filter contains(String bin, IndexCollectionType type, long value) {
        Value v = new Value.LongValue(value);
        return new Filter(bin, type, v, v);
    }

    /** A list element, map key or map value (per {@code type}) equal to {@code value}. */
    public static Filter contains(String bin, IndexCollectionType type, String value) {
        Value v = new Value.StringValue(Objects.requireNonNull(value, "value"));
        return new Filter(bin, type, v, v);
    }

    /** A list element, map key or map value (per {@code type}) equal to {@code value}. */
    public static Filter contains(String bin, IndexCollectionType type, byte[] value) {
        Value v = new Value.BytesValue(Objects.requireNonNull(value, "value"));
        return new Filter(bin, type, v, v);
    }

    public String bin() {
        return bin;
    }

    public IndexCollectionType collectionType() {
        return collectionType;
    }

    /** The particle type of the values compared (INTEGER, STRING or BLOB). */
    public int particleType() {
        return particleType;
    }

    public Value begin() {
        return begin;
    }

    public Value end() {
        return end;
    }

    @Override
    public String toString() {
        return "Filter[" + bin + " " + collectionType + " " + begin + ".." + end + "]";
    }
}
