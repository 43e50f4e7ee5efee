package io.spikesdk.exp;

import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.MapPolicy;
import io.spikesdk.cdt.MapReturnType;

import static io.spikesdk.cdt.internal.MapOpCode.CLEAR;
import static io.spikesdk.cdt.internal.MapOpCode.GET_ALL_BY_VALUE;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_INDEX;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_INDEX_RANGE;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_KEY;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_KEY_INTERVAL;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_KEY_LIST;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_KEY_REL_INDEX_RANGE;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_RANK;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_RANK_RANGE;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_VALUE_INTERVAL;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_VALUE_LIST;
import static io.spikesdk.cdt.internal.MapOpCode.GET_BY_VALUE_REL_RANK_RANGE;
import static io.spikesdk.cdt.internal.MapOpCode.INCREMENT;
import static io.spikesdk.cdt.internal.MapOpCode.PUT;
import static io.spikesdk.cdt.internal.MapOpCode.PUT_ITEMS;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_ALL_BY_VALUE;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_INDEX;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_INDEX_RANGE;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_KEY;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_KEY_INTERVAL;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_KEY_LIST;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_KEY_REL_INDEX_RANGE;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_RANK;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_RANK_RANGE;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_VALUE_INTERVAL;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_VALUE_LIST;
import static io.spikesdk.cdt.internal.MapOpCode.REMOVE_BY_VALUE_REL_RANK_RANGE;
import static io.spikesdk.cdt.internal.MapOpCode.REPLACE;
import static io.spikesdk.cdt.internal.MapOpCode.REPLACE_ITEMS;
import static io.spikesdk.cdt.internal.MapOpCode.SIZE;

/**
 * Map reads and modifies inside expressions, mirroring the official client's {@code MapExp}.
 *
 * <p>Each factory runs one map operation (the same op codes, arguments and semantics as
 * {@code MapOperations}) on the map produced by {@code bin} (usually {@link Exp#mapBin}; a map literal or
 * {@link Exp#nil()} works too), optionally reached through nested {@link CTX} levels. A map INDEX is the
 * position in key order, a RANK the position in (value, key) order, whatever the map's order.
 *
 * <p>Reads return the operation's result; a result of another type than declared, a missing bin or any
 * operation error makes the expression UNKNOWN. Modifies work on a private copy and return the whole
 * modified bin value (a map, or a list when the first context level selects in a list); the record
 * changes only when the result is written with {@link ExpOperations#write}.
 *
 * <p>Return types: INDEX, REVERSE_INDEX, RANK, REVERSE_RANK, KEY and VALUE yield a LIST, COUNT an INT,
 * KEY_VALUE, ORDERED_MAP and UNORDERED_MAP a MAP, EXISTS a BOOL; {@link MapReturnType#inverted()} selects
 * the complement. NONE has no value and is rejected for reads with {@link IllegalArgumentException}.
 */
public final class MapExp {

    private MapExp() {
    }

    // ------------------------------------------------------------------------------------------ modify

    /**
     * Puts {@code key → value}. With write flags: {@code [67, key, value, attributes, flags]}
     * (CREATE_ONLY: an existing key fails; UPDATE_ONLY: a missing key fails; NO_FAIL: such failures are
     * no-ops). Without flags the policy's write mode picks the op: UPDATE {@code [67, key, value,
     * attributes]}, CREATE_ONLY {@code [65, key, value, attributes]}, UPDATE_ONLY {@code [69, key, value]}
     * (no attributes: it never creates the map).
     */
    public static Exp put(MapPolicy policy, Exp key, Exp value, Exp bin, CTX... ctx) {
        Exp.requireNonNull(policy, "map policy");
        Exp attributes = CdtCall.arg(policy.attributes());
        int flags = policy.writeFlags().code();
        if (flags != 0) {
            return modify(bin, ctx, PUT, key, value, attributes, CdtCall.arg(flags));
        }
        int opCode = policy.writeMode().itemOpCode();
        if (opCode == REPLACE) {
            return modify(bin, ctx, opCode, key, value);
        }
        return modify(bin, ctx, opCode, key, value, attributes);
    }

    /** Puts every entry of the map {@code map}; op codes and arguments as {@link #put} (68 / 66 / 70). */
    public static Exp putItems(MapPolicy policy, Exp map, Exp bin, CTX... ctx) {
        Exp.requireNonNull(policy, "map policy");
        Exp attributes = CdtCall.arg(policy.attributes());
        int flags = policy.writeFlags().code();
        if (flags != 0) {
            return modify(bin, ctx, PUT_ITEMS, map, attributes, CdtCall.arg(flags));
        }
        int opCode = policy.writeMode().itemsOpCode();
        if (opCode == REPLACE_ITEMS) {
            return modify(bin, ctx, opCode, map);
        }
        return modify(bin, ctx, opCode, map, attributes);
    }

    /**
     * Adds {@code incr} to the number under {@code key} (creating it from 0; integer overflow wraps).
     * {@code [73, key, incr, attributes]}.
     */
    public static Exp increment(MapPolicy policy, Exp key, Exp incr, Exp bin, CTX... ctx) {
        Exp.requireNonNull(policy, "map policy");
        return modify(bin, ctx, INCREMENT, key, incr, CdtCall.arg(policy.attributes()));
    }

    /** Removes every entry, keeping the map's order. {@code [75]}. */
    public static Exp clear(Exp bin, CTX... ctx) {
        return modify(bin, ctx, CLEAR);
    }

    /** Removes the entry with {@code key}. {@code [76, NONE, key]}. */
    public static Exp removeByKey(Exp key, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_KEY, rt(MapReturnType.NONE), key);
    }

    /** Removes the entries whose key is in the list {@code keys}. {@code [81, returnType, keys]}. */
    public static Exp removeByKeyList(MapReturnType returnType, Exp keys, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_KEY_LIST, rt(returnType), keys);
    }

    /**
     * Removes the entries with {@code begin <= key < end} (null {@code begin}: from the lowest key; null
     * {@code end}: to the highest). {@code [84, returnType, begin(, end)]}.
     */
    public static Exp removeByKeyRange(MapReturnType returnType, Exp begin, Exp end, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_KEY_INTERVAL, rangeArgs(returnType, begin, end));
    }

    /**
     * Removes the entries from key-order position (index of {@code key}, or where it would be) +
     * {@code index} to the end. {@code [88, returnType, key, index]}.
     */
    public static Exp removeByKeyRelativeIndexRange(MapReturnType returnType, Exp key, Exp index, Exp bin,
                                                    CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_KEY_REL_INDEX_RANGE, rt(returnType), key, index);
    }

    /** {@code count} entries from (index of {@code key}) + {@code index}. {@code [88, returnType, key, index, count]}. */
    public static Exp removeByKeyRelativeIndexRange(MapReturnType returnType, Exp key, Exp index, Exp count,
                                                    Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_KEY_REL_INDEX_RANGE, rt(returnType), key, index, count);
    }

    /** Removes every entry whose value equals {@code value}. {@code [82, returnType, value]}. */
    public static Exp removeByValue(MapReturnType returnType, Exp value, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_ALL_BY_VALUE, rt(returnType), value);
    }

    /** Removes the entries whose value is in the list {@code values}. {@code [83, returnType, values]}. */
    public static Exp removeByValueList(MapReturnType returnType, Exp values, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_VALUE_LIST, rt(returnType), values);
    }

    /**
     * Removes the entries with {@code begin <= value < end} (null {@code begin}: from the lowest; null
     * {@code end}: to the highest). {@code [86, returnType, begin(, end)]}.
     */
    public static Exp removeByValueRange(MapReturnType returnType, Exp begin, Exp end, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_VALUE_INTERVAL, rangeArgs(returnType, begin, end));
    }

    /**
     * Removes the entries from value rank (rank of {@code value}) + {@code rank} to the largest.
     * {@code [89, returnType, value, rank]}.
     */
    public static Exp removeByValueRelativeRankRange(MapReturnType returnType, Exp value, Exp rank, Exp bin,
                                                     CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_VALUE_REL_RANK_RANGE, rt(returnType), value, rank);
    }

    /** {@code count} entries from (rank of {@code value}) + {@code rank}. {@code [89, returnType, value, rank, count]}. */
    public static Exp removeByValueRelativeRankRange(MapReturnType returnType, Exp value, Exp rank, Exp count,
                                                     Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_VALUE_REL_RANK_RANGE, rt(returnType), value, rank, count);
    }

    /** Removes the entry at key-order position {@code index}. {@code [77, NONE, index]}. */
    public static Exp removeByIndex(Exp index, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_INDEX, rt(MapReturnType.NONE), index);
    }

    /** Removes the entries from key-order position {@code index} to the end. {@code [85, returnType, index]}. */
    public static Exp removeByIndexRange(MapReturnType returnType, Exp index, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_INDEX_RANGE, rt(returnType), index);
    }

    /** Removes {@code count} entries from key-order position {@code index}. {@code [85, returnType, index, count]}. */
    public static Exp removeByIndexRange(MapReturnType returnType, Exp index, Exp count, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_INDEX_RANGE, rt(returnType), index, count);
    }

    /** Removes the entry of value rank {@code rank} (−1 = largest). {@code [79, NONE, rank]}. */
    public static Exp removeByRank(Exp rank, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_RANK, rt(MapReturnType.NONE), rank);
    }

    /** Removes the entries from value rank {@code rank} to the largest. {@code [87, returnType, rank]}. */
    public static Exp removeByRankRange(MapReturnType returnType, Exp rank, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_RANK_RANGE, rt(returnType), rank);
    }

    /** Removes {@code count} entries from value rank {@code rank}. {@code [87, returnType, rank, count]}. */
    public static Exp removeByRankRange(MapReturnType returnType, Exp rank, Exp count, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_RANK_RANGE, rt(returnType), rank, count);
    }

    // ------------------------------------------------------------------------------------------ read

    /** The number of entries (INT). {@code [96]}. */
    public static Exp size(Exp bin, CTX... ctx) {
        return CdtCall.read(Exp.Type.INT, bin, ctx, SIZE);
    }

    /**
     * The entry with {@code key}, declared to be of {@code valueType} (with VALUE: the value's own type; a
     * missing key gives nil, which only matches NIL). {@code [97, returnType, key]}.
     */
    public static Exp getByKey(MapReturnType returnType, Exp.Type valueType, Exp key, Exp bin, CTX... ctx) {
        return readAs(valueType, bin, ctx, GET_BY_KEY, rt(returnType), key);
    }

    /**
     * The entries with {@code begin <= key < end} (null {@code begin}: from the lowest key; null
     * {@code end}: to the highest). {@code [103, returnType, begin(, end)]}.
     */
    public static Exp getByKeyRange(MapReturnType returnType, Exp begin, Exp end, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_KEY_INTERVAL, rangeArgs(returnType, begin, end));
    }

    /** The entries whose key is in the list {@code keys}. {@code [107, returnType, keys]}. */
    public static Exp getByKeyList(MapReturnType returnType, Exp keys, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_KEY_LIST, rt(returnType), keys);
    }

    /**
     * The entries from key-order position (index of {@code key}, or where it would be) + {@code index} to
     * the end. {@code [109, returnType, key, index]}.
     */
    public static Exp getByKeyRelativeIndexRange(MapReturnType returnType, Exp key, Exp index, Exp bin,
                                                 CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_KEY_REL_INDEX_RANGE, rt(returnType), key, index);
    }

    /** {@code count} entries from (index of {@code key}) + {@code index}. {@code [109, returnType, key, index, count]}. */
    public static Exp getByKeyRelativeIndexRange(MapReturnType returnType, Exp key, Exp index, Exp count,
                                                 Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_KEY_REL_INDEX_RANGE, rt(returnType), key, index, count);
    }

    /** The entries whose value equals {@code value}. {@code [102, returnType, value]}. */
    public static Exp getByValue(MapReturnType returnType, Exp value, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_ALL_BY_VALUE, rt(returnType), value);
    }

    /**
     * The entries with {@code begin <= value < end} (null {@code begin}: from the lowest; null
     * {@code end}: to the highest). {@code [105, returnType, begin(, end)]}.
     */
    public static Exp getByValueRange(MapReturnType returnType, Exp begin, Exp end, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_VALUE_INTERVAL, rangeArgs(returnType, begin, end));
    }

    /** The entries whose value is in the list {@code values}. {@code [108, returnType, values]}. */
    public static Exp getByValueList(MapReturnType returnType, Exp values, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_VALUE_LIST, rt(returnType), values);
    }

    /**
     * The entries from value rank (rank of {@code value}) + {@code rank} to the largest.
     * {@code [110, returnType, value, rank]}.
     */
    public static Exp getByValueRelativeRankRange(MapReturnType returnType, Exp value, Exp rank, Exp bin,
                                                  CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_VALUE_REL_RANK_RANGE, rt(returnType), value, rank);
    }

    /** {@code count} entries from (rank of {@code value}) + {@code rank}. {@code [110, returnType, value, rank, count]}. */
    public static Exp getByValueRelativeRankRange(MapReturnType returnType, Exp value, Exp rank, Exp count,
                                                  Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_VALUE_REL_RANK_RANGE, rt(returnType), value, rank, count);
    }

    /**
     * The entry at key-order position {@code index}, declared to be of {@code valueType}; out of range is
     * UNKNOWN. {@code [98, returnType, index]}.
     */
    public static Exp getByIndex(MapReturnType returnType, Exp.Type valueType, Exp index, Exp bin, CTX... ctx) {
        return readAs(valueType, bin, ctx, GET_BY_INDEX, rt(returnType), index);
    }

    /** The entries from key-order position {@code index} to the end. {@code [104, returnType, index]}. */
    public static Exp getByIndexRange(MapReturnType returnType, Exp index, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_INDEX_RANGE, rt(returnType), index);
    }

    /** {@code count} entries from key-order position {@code index}. {@code [104, returnType, index, count]}. */
    public static Exp getByIndexRange(MapReturnType returnType, Exp index, Exp count, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_INDEX_RANGE, rt(returnType), index, count);
    }

    /**
     * The entry of value rank {@code rank} (−1 = largest; equal values are ordered by key), declared to be
     * of {@code valueType}. {@code [100, returnType, rank]}.
     */
    public static Exp getByRank(MapReturnType returnType, Exp.Type valueType, Exp rank, Exp bin, CTX... ctx) {
        return readAs(valueType, bin, ctx, GET_BY_RANK, rt(returnType), rank);
    }

    /** The entries from value rank {@code rank} to the largest. {@code [106, returnType, rank]}. */
    public static Exp getByRankRange(MapReturnType returnType, Exp rank, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_RANK_RANGE, rt(returnType), rank);
    }

    /** {@code count} entries from value rank {@code rank}. {@code [106, returnType, rank, count]}. */
    public static Exp getByRankRange(MapReturnType returnType, Exp rank, Exp count, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_RANK_RANGE, rt(returnType), rank, count);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static Exp modify(Exp bin, CTX[] ctx, int opCode, Exp... args) {
        return CdtCall.modify(Exp.Type.MAP, bin, ctx, opCode, args);
    }

    private static Exp read(MapReturnType returnType, Exp bin, CTX[] ctx, int opCode, Exp... args) {
        return CdtCall.read(resultType(returnType), bin, ctx, opCode, args);
    }

    private static Exp readAs(Exp.Type valueType, Exp bin, CTX[] ctx, int opCode, Exp... args) {
        Exp.requireNonNull(valueType, "value type");
        return CdtCall.read(valueType, bin, ctx, opCode, args);
    }

    private static Exp rt(MapReturnType returnType) {
        Exp.requireNonNull(returnType, "return type");
        return CdtCall.arg(returnType.code());
    }

    private static Exp[] rangeArgs(MapReturnType returnType, Exp begin, Exp end) {
        Exp from = begin != null ? begin : Exp.nil();
        return end != null ? new Exp[] {rt(returnType), from, end} : new Exp[] {rt(returnType), from};
    }

    /** The result type of a multi-entry read: the official client's mapping. */
    private static Exp.Type resultType(MapReturnType returnType) {
        Exp.requireNonNull(returnType, "return type");
        int base = returnType.code() & ~MapReturnType.INVERTED_FLAG;
        return switch (base) {
            case 1, 2, 3, 4, 6, 7 -> Exp.Type.LIST;
            case 5 -> Exp.Type.INT;
            case 8, 16, 17 -> Exp.Type.MAP;
            case 13 -> Exp.Type.BOOL;
            default -> throw new IllegalArgumentException("map return type " + returnType
                    + " has no value to read in an expression");
        };
    }
}
