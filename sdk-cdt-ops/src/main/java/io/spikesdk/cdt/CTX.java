package io.spikesdk.cdt;

import io.spikesdk.api.Expression;
import io.spikesdk.api.IndexContext;
import io.spikesdk.cdt.internal.CdtPayload;
import io.spikesdk.cdt.internal.msgpack.MsgPackReader;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.exp.Exp;

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
 *
 * <p>Path levels ({@link #allChildren}, {@link #allChildrenWithFilter}, {@link #andFilter},
 * {@link #mapKeysIn}; server 8.1+) fan out to several elements and are only valid in path selects and
 * modifies ({@code PathOperations}, {@code Exp.selectByPath} / {@code Exp.modifyByPath}); their filter
 * expressions see the element through the loop variables ({@code Exp.intLoopVar(LoopVarPart.VALUE)} ...).
 */
public final class CTX {
    private static final int LIST_INDEX = 0x10;
    private static final int LIST_RANK = 0x11;
    private static final int LIST_VALUE = 0x13;
    private static final int MAP_INDEX = 0x20;
    private static final int MAP_RANK = 0x21;
    private static final int MAP_KEY = 0x22;
    private static final int MAP_VALUE = 0x23;
    private static final int MAP_KEYS_IN = 0x2A;
    private static final int EXPRESSION = 0x04;
    private static final int AND = 0x200;
    private static final Expression ALL = Exp.build(Exp.val(true));

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

    /**
     * Every child of the current list or map (path selects only): id {@code 0x04} with the expression
     * {@code true} ({@code c3}), as the official client sends it.
     */
    public static CTX allChildren() {
        return new CTX(EXPRESSION, ALL);
    }

    /**
     * The children of the current list or map for which the boolean {@code filter} is true (path selects
     * only); the filter reads the child through the loop variables. Id {@code 0x04} with the expression's
     * bytes inline.
     *
     * @throws IllegalArgumentException if {@code filter} is null
     */
    public static CTX allChildrenWithFilter(Exp filter) {
        return new CTX(EXPRESSION, buildFilter(filter, "allChildrenWithFilter"));
    }

    /**
     * An extra boolean {@code filter} on the elements the previous level selected (path selects only; the
     * Aerospike C client's {@code as_cdt_ctx_add_and_filter}, not in the official Java client 9.3.0). It must
     * follow a non-expression level: not first, not after {@link #allChildren}, {@link #allChildrenWithFilter}
     * or another {@code andFilter} (combine conditions with {@code Exp.and}). Id {@code 0x204}.
     *
     * @throws IllegalArgumentException if {@code filter} is null
     */
    public static CTX andFilter(Exp filter) {
        return new CTX(AND | EXPRESSION, buildFilter(filter, "andFilter"));
    }

    /**
     * The entries of the current map whose key is in {@code keys}; absent keys are skipped (path selects
     * only; the C client's {@code as_cdt_ctx_add_map_keys_in}). Id {@code 0x2A} with the keys as a msgpack
     * list. The list is copied.
     *
     * @throws IllegalArgumentException if {@code keys} or one of them is null
     */
    public static CTX mapKeysIn(List<?> keys) {
        if (keys == null) {
            throw new IllegalArgumentException("mapKeysIn: keys must not be null");
        }
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null) {
                throw new IllegalArgumentException("mapKeysIn: keys[" + i + "] must not be null");
            }
        }
        return new CTX(MAP_KEYS_IN, List.copyOf(keys));
    }

    /** Whether this level is a path-select expression level ({@link #allChildren}, filters). */
    public boolean isExpression() {
        return (id & ~AND) == EXPRESSION;
    }

    /** The context type id sent on the wire (selector, container bit and create flags). */
    public int id() {
        return id;
    }

    /**
     * The index or rank (as a Long), key or value this level selects by; for an expression level the
     * {@link Expression}.
     */
    public Object value() {
        return value;
    }

    /** Packs contexts as the flat msgpack list {@code [id1, v1, id2, v2, ...]} (same bytes as the official client). */
    public static byte[] toBytes(CTX... ctx) {
        MsgPackWriter writer = new MsgPackWriter();
        writer.packArrayHeader(ctx.length * 2);
        for (CTX level : ctx) {
            writer.packLong(level.id);
            CdtPayload.packContextValue(writer, level.value);
        }
        return writer.toByteArray();
    }

    /**
     * Reads contexts written by {@link #toBytes}. Values come back as the msgpack reader's Java types
     * (integers as Long).
     *
     * @throws IllegalArgumentException if the bytes are not a flat list of (int id, value) pairs, or hold
     *         an expression level (its expression cannot be recovered from the decoded value)
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
            if ((id.intValue() & ~AND) == EXPRESSION) {
                throw new IllegalArgumentException("context at position " + (2 * i) + " is an expression level");
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

    private static Expression buildFilter(Exp filter, String method) {
        if (filter == null) {
            throw new IllegalArgumentException(method + ": filter must not be null");
        }
        return Exp.build(filter);
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
