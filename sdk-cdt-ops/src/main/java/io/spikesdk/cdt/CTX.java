package io.spikesdk.cdt;

import io.spikesdk.api.IndexContext;
import io.spikesdk.cdt.internal.msgpack.MsgPackReader;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * One level of a path into nested lists and maps; pass several to an operation to reach deeper
 * (outermost first). Immutable.
 *
 * <p>On the wire an operation with contexts becomes {@code [0xFF, [id1, v1, id2, v2, ...], [op ...]]}.
 * The server walks the levels in order: a negative index or rank counts from the end, a missing
 * element or an out-of-range index fails with OP_NOT_APPLICABLE (26) unless the level may create it
 * ({@link #listIndexCreate}, {@link #mapKeyCreate}, modify operations only), and a final element of the
 * wrong family (a list operation reaching a map) fails with BIN_TYPE_ERROR (12).
 */
public final class CTX {
    private static final int LIST_INDEX = 0x10;
    private static final int LIST_RANK = 0x11;
    private static final int LIST_VALUE = 0x13;
    private static final int MAP_INDEX = 0x20;
    private static final int MAP_RANK = 0x21;
    private static final int MAP_KEY = 0x22;
    private static final int MAP_VALUE = 0x23;

    private final int id;
    private final Object value;

    private CTX(int id, Object value) {
        this.id = id;
        this.value = value;
    }

    /** The list element at {@code index} (negative counts from the end). Id {@code 0x10}. */
    public static CTX listIndex(int index) {
        return new CTX(LIST_INDEX, (long) index);
    }

    /**
     * The list element at {@code index}, creating the list and/or the slot when missing: appended when
     * {@code index} is the size (or -1 on an empty list); past the end padded with nils if {@code pad},
     * appended for an ORDERED list, else OP_NOT_APPLICABLE (26). Id {@code 0x10 | order.createFlag(pad)}.
     */
    public static CTX listIndexCreate(int index, ListOrder order, boolean pad) {
        return new CTX(LIST_INDEX | order.createFlag(pad), (long) index);
    }

    /** The list element of rank {@code rank} (negative: -1 = largest). Id {@code 0x11}. */
    public static CTX listRank(int rank) {
        return new CTX(LIST_RANK, (long) rank);
    }

    /** The first list element equal to {@code value}. Id {@code 0x13}. */
    public static CTX listValue(Object value) {
        return new CTX(LIST_VALUE, value);
    }

    /** The map entry at key-order position {@code index} (negative counts from the end). Id {@code 0x20}. */
    public static CTX mapIndex(int index) {
        return new CTX(MAP_INDEX, (long) index);
    }

    /** The map entry of value rank {@code rank} (negative: -1 = largest). Id {@code 0x21}. */
    public static CTX mapRank(int rank) {
        return new CTX(MAP_RANK, (long) rank);
    }

    /** The map entry with key {@code key}. Id {@code 0x22}. */
    public static CTX mapKey(Object key) {
        return new CTX(MAP_KEY, key);
    }

    /**
     * The map entry with key {@code key}, creating the map (with {@code order}) and/or the entry when
     * missing. Id {@code 0x22 | order.createFlag()}.
     */
    public static CTX mapKeyCreate(Object key, MapOrder order) {
        return new CTX(MAP_KEY | order.createFlag(), key);
    }

    /** The first map entry whose value equals {@code value}. Id {@code 0x23}. */
    public static CTX mapValue(Object value) {
        return new CTX(MAP_VALUE, value);
    }

    /** The context type id sent on the wire (selector, container bit and create flags). */
    public int id() {
        return id;
    }

    /** The index or rank (as a Long), key or value this level selects by. */
    public Object value() {
        return value;
    }

    /** Packs contexts as the flat msgpack list {@code [id1, v1, id2, v2, ...]} (same bytes as the official client). */
    public static byte[] toBytes(CTX... ctx) {
        MsgPackWriter writer = new MsgPackWriter();
        writer.packArrayHeader(ctx.length * 2);
        for (CTX level : ctx) {
            writer.packLong(level.id);
            writer.packObject(level.value);
        }
        return writer.toByteArray();
    }

    /**
     * Reads contexts written by {@link #toBytes}. Values come back as the msgpack reader's Java types
     * (integers as Long).
     *
     * @throws IllegalArgumentException if the bytes are not a flat list of (int id, value) pairs
     * @throws io.spikesdk.api.AerospikeException with PARSE_ERROR if they are not valid msgpack
     */
    public static CTX[] fromBytes(byte[] bytes) {
        Object decoded = MsgPackReader.unpack(bytes, 0, bytes.length);
        if (!(decoded instanceof List<?> items) || items.size() % 2 != 0) {
            throw new IllegalArgumentException("context bytes must hold a list with an even number of elements");
        }
        CTX[] ctx = new CTX[items.size() / 2];
        for (int i = 0; i < ctx.length; i++) {
            if (!(items.get(2 * i) instanceof Long id)) {
                throw new IllegalArgumentException("context id at position " + (2 * i) + " is not an integer");
            }
            ctx[i] = new CTX(id.intValue(), items.get(2 * i + 1));
        }
        return ctx;
    }

    /**
     * The path as an {@link IndexContext}, for an index on a nested element
     * ({@code AerospikeClient.createIndex(..., IndexContext)}) and the query filters that use it
     * ({@code Filter.withContext}).
     *
     * @throws IllegalArgumentException for no context
     */
    public static IndexContext indexContext(CTX... ctx) {
        if (ctx == null || ctx.length == 0) {
            throw new IllegalArgumentException("indexContext: at least one CTX level is needed");
        }
        return IndexContext.of(toBytes(ctx));
    }

    /** {@link #toBytes} in standard base64. */
    public static String toBase64(CTX... ctx) {
        return Base64.getEncoder().encodeToString(toBytes(ctx));
    }

    /** Reads contexts written by {@link #toBase64}. */
    public static CTX[] fromBase64(String base64) {
        return fromBytes(Base64.getDecoder().decode(base64));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CTX c && c.id == id && Objects.deepEquals(c.value, value);
    }

    @Override
    public int hashCode() {
        return id * 31 + (value instanceof byte[] b ? Arrays.hashCode(b) : Objects.hashCode(value));
    }

    @Override
    public String toString() {
        String shown = value instanceof byte[] b ? Arrays.toString(b) : String.valueOf(value);
        return "CTX{0x" + Integer.toHexString(id) + ", " + shown + "}";
    }
}
