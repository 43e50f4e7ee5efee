package io.spikesdk.exp;

import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListReturnType;
import io.spikesdk.cdt.ListSortFlags;

import static io.spikesdk.cdt.internal.ListOpCode.APPEND;
import static io.spikesdk.cdt.internal.ListOpCode.APPEND_ITEMS;
import static io.spikesdk.cdt.internal.ListOpCode.CLEAR;
import static io.spikesdk.cdt.internal.ListOpCode.GET_ALL_BY_VALUE;
import static io.spikesdk.cdt.internal.ListOpCode.GET_ALL_BY_VALUE_LIST;
import static io.spikesdk.cdt.internal.ListOpCode.GET_BY_INDEX;
import static io.spikesdk.cdt.internal.ListOpCode.GET_BY_INDEX_RANGE;
import static io.spikesdk.cdt.internal.ListOpCode.GET_BY_RANK;
import static io.spikesdk.cdt.internal.ListOpCode.GET_BY_RANK_RANGE;
import static io.spikesdk.cdt.internal.ListOpCode.GET_BY_VALUE_INTERVAL;
import static io.spikesdk.cdt.internal.ListOpCode.GET_BY_VALUE_REL_RANK_RANGE;
import static io.spikesdk.cdt.internal.ListOpCode.INCREMENT;
import static io.spikesdk.cdt.internal.ListOpCode.INSERT;
import static io.spikesdk.cdt.internal.ListOpCode.INSERT_ITEMS;
import static io.spikesdk.cdt.internal.ListOpCode.REMOVE_ALL_BY_VALUE;
import static io.spikesdk.cdt.internal.ListOpCode.REMOVE_ALL_BY_VALUE_LIST;
import static io.spikesdk.cdt.internal.ListOpCode.REMOVE_BY_INDEX;
import static io.spikesdk.cdt.internal.ListOpCode.REMOVE_BY_INDEX_RANGE;
import static io.spikesdk.cdt.internal.ListOpCode.REMOVE_BY_RANK;
import static io.spikesdk.cdt.internal.ListOpCode.REMOVE_BY_RANK_RANGE;
import static io.spikesdk.cdt.internal.ListOpCode.REMOVE_BY_VALUE_INTERVAL;
import static io.spikesdk.cdt.internal.ListOpCode.REMOVE_BY_VALUE_REL_RANK_RANGE;
import static io.spikesdk.cdt.internal.ListOpCode.SET;
import static io.spikesdk.cdt.internal.ListOpCode.SIZE;
import static io.spikesdk.cdt.internal.ListOpCode.SORT;

/**
 * List reads and modifies inside expressions, mirroring the official client's {@code ListExp}.
 *
 * <p>Each factory runs one list operation (the same op codes, arguments and semantics as
 * {@code ListOperations}) on the list produced by {@code bin} (usually {@link Exp#listBin}; a quoted
 * {@link Exp#val(java.util.List)} or {@link Exp#nil()} works too), optionally reached through nested
 * {@link CTX} levels. Arguments are expressions, so they may be computed from other bins.
 *
 * <p>Reads return the operation's result; a result of another type than declared, a missing bin or
 * any operation error (out-of-range index, wrong container type ...) makes the expression UNKNOWN.
 * Modifies work on a private copy and return the whole modified bin value (a list, or a map when the
 * first context level selects in a map); the record changes only when the result is written with
 * {@link ExpOperations#write}.
 *
 * <p>Return types: INDEX, REVERSE_INDEX, RANK, REVERSE_RANK and VALUE yield a LIST, COUNT an INT, EXISTS
 * a BOOL; {@link ListReturnType#inverted()} selects the complement. NONE has no value and is rejected for
 * reads with {@link IllegalArgumentException}.
 */
public final class ListExp {

    private ListExp() {
    }

    // ------------------------------------------------------------------------------------------ modify

    /**
     * Appends {@code value}: to the end, or to its sorted position in an ORDERED list. With ADD_UNIQUE a
     * present value fails (UNKNOWN) unless NO_FAIL. {@code [1, value, order, flags]}.
     */
    public static Exp append(ListPolicy policy, Exp value, Exp bin, CTX... ctx) {
        return modify(bin, ctx, APPEND, value, order(policy), flags(policy));
    }

    /** Appends every element of the list {@code list}; see {@link #append}. {@code [2, list, order, flags]}. */
    public static Exp appendItems(ListPolicy policy, Exp list, Exp bin, CTX... ctx) {
        return modify(bin, ctx, APPEND_ITEMS, list, order(policy), flags(policy));
    }

    /**
     * Inserts {@code value} at {@code index} (negative counts from the end; past the end pads with nils
     * unless INSERT_BOUNDED). Not allowed on ORDERED lists. {@code [3, index, value, flags]}.
     */
    public static Exp insert(ListPolicy policy, Exp index, Exp value, Exp bin, CTX... ctx) {
        return modify(bin, ctx, INSERT, index, value, flags(policy));
    }

    /** Inserts the elements of {@code list} at {@code index}; see {@link #insert}. {@code [4, index, list, flags]}. */
    public static Exp insertItems(ListPolicy policy, Exp index, Exp list, Exp bin, CTX... ctx) {
        return modify(bin, ctx, INSERT_ITEMS, index, list, flags(policy));
    }

    /**
     * Adds {@code value} to the number at {@code index} (integer overflow wraps; an integer element with a
     * float delta is truncated and stays an integer). {@code [12, index, value, order, flags]}.
     */
    public static Exp increment(ListPolicy policy, Exp index, Exp value, Exp bin, CTX... ctx) {
        return modify(bin, ctx, INCREMENT, index, value, order(policy), flags(policy));
    }

    /** Replaces the element at {@code index} (past the end pads unless INSERT_BOUNDED). {@code [9, index, value, flags]}. */
    public static Exp set(ListPolicy policy, Exp index, Exp value, Exp bin, CTX... ctx) {
        return modify(bin, ctx, SET, index, value, flags(policy));
    }

    /** Removes every element, keeping the list's order. {@code [11]}. */
    public static Exp clear(Exp bin, CTX... ctx) {
        return modify(bin, ctx, CLEAR);
    }

    /**
     * Sorts the list (stable; DESCENDING is a stable descending sort; DROP_DUPLICATES keeps the first
     * occurrence; DESCENDING|DROP_DUPLICATES fails on a list of two or more distinct values). {@code [13, flags]}.
     */
    public static Exp sort(ListSortFlags sortFlags, Exp bin, CTX... ctx) {
        Exp.requireNonNull(sortFlags, "sort flags");
        return modify(bin, ctx, SORT, CdtCall.arg(sortFlags.code()));
    }

    /** Removes every element equal to {@code value}. {@code [35, returnType, value]}. */
    public static Exp removeByValue(ListReturnType returnType, Exp value, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_ALL_BY_VALUE, rt(returnType), value);
    }

    /** Removes every element equal to one of the list {@code values}. {@code [36, returnType, values]}. */
    public static Exp removeByValueList(ListReturnType returnType, Exp values, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_ALL_BY_VALUE_LIST, rt(returnType), values);
    }

    /**
     * Removes the elements with {@code begin <= value < end}; a null {@code begin} starts at the lowest
     * value (sent as nil), a null {@code end} runs to the highest (omitted). {@code [38, returnType, begin(, end)]}.
     */
    public static Exp removeByValueRange(ListReturnType returnType, Exp begin, Exp end, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_VALUE_INTERVAL, rangeArgs(returnType, begin, end));
    }

    /**
     * Removes the elements from rank (rank of {@code value}) + {@code rank} to the end of the value order.
     * {@code [40, returnType, value, rank]}.
     */
    public static Exp removeByValueRelativeRankRange(ListReturnType returnType, Exp value, Exp rank, Exp bin,
                                                     CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_VALUE_REL_RANK_RANGE, rt(returnType), value, rank);
    }

    /**
     * Removes {@code count} elements starting at rank (rank of {@code value}) + {@code rank}.
     * {@code [40, returnType, value, rank, count]}.
     */
    public static Exp removeByValueRelativeRankRange(ListReturnType returnType, Exp value, Exp rank, Exp count,
                                                     Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_VALUE_REL_RANK_RANGE, rt(returnType), value, rank, count);
    }

    /** Removes the element at {@code index} (negative counts from the end). {@code [32, NONE, index]}. */
    public static Exp removeByIndex(Exp index, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_INDEX, rt(ListReturnType.NONE), index);
    }

    /** Removes the elements from {@code index} to the end. {@code [37, returnType, index]}. */
    public static Exp removeByIndexRange(ListReturnType returnType, Exp index, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_INDEX_RANGE, rt(returnType), index);
    }

    /** Removes {@code count} elements from {@code index}. {@code [37, returnType, index, count]}. */
    public static Exp removeByIndexRange(ListReturnType returnType, Exp index, Exp count, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_INDEX_RANGE, rt(returnType), index, count);
    }

    /** Removes the element of rank {@code rank} (−1 = largest). {@code [34, NONE, rank]}. */
    public static Exp removeByRank(Exp rank, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_RANK, rt(ListReturnType.NONE), rank);
    }

    /** Removes the elements from rank {@code rank} to the largest. {@code [39, returnType, rank]}. */
    public static Exp removeByRankRange(ListReturnType returnType, Exp rank, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_RANK_RANGE, rt(returnType), rank);
    }

    /** Removes {@code count} elements from rank {@code rank}. {@code [39, returnType, rank, count]}. */
    public static Exp removeByRankRange(ListReturnType returnType, Exp rank, Exp count, Exp bin, CTX... ctx) {
        return modify(bin, ctx, REMOVE_BY_RANK_RANGE, rt(returnType), rank, count);
    }

    // ------------------------------------------------------------------------------------------ read

    /** The number of elements (INT). {@code [16]}. */
    public static Exp size(Exp bin, CTX... ctx) {
        return CdtCall.read(Exp.Type.INT, bin, ctx, SIZE);
    }

    /** The elements equal to {@code value}. {@code [22, returnType, value]}. */
    public static Exp getByValue(ListReturnType returnType, Exp value, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_ALL_BY_VALUE, rt(returnType), value);
    }

    /**
     * The elements with {@code begin <= value < end} (null {@code begin}: from the lowest; null
     * {@code end}: to the highest). {@code [25, returnType, begin(, end)]}.
     */
    public static Exp getByValueRange(ListReturnType returnType, Exp begin, Exp end, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_VALUE_INTERVAL, rangeArgs(returnType, begin, end));
    }

    /** The elements equal to one of the list {@code values}. {@code [23, returnType, values]}. */
    public static Exp getByValueList(ListReturnType returnType, Exp values, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_ALL_BY_VALUE_LIST, rt(returnType), values);
    }

    /**
     * The elements from rank (rank of {@code value}) + {@code rank} to the largest.
     * {@code [27, returnType, value, rank]}.
     */
    public static Exp getByValueRelativeRankRange(ListReturnType returnType, Exp value, Exp rank, Exp bin,
                                                  CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_VALUE_REL_RANK_RANGE, rt(returnType), value, rank);
    }

    /**
     * {@code count} elements from rank (rank of {@code value}) + {@code rank}.
     * {@code [27, returnType, value, rank, count]}.
     */
    public static Exp getByValueRelativeRankRange(ListReturnType returnType, Exp value, Exp rank, Exp count,
                                                  Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_VALUE_REL_RANK_RANGE, rt(returnType), value, rank, count);
    }

    /**
     * The element at {@code index}, declared to be of {@code valueType} (with VALUE: the element's own type;
     * with INDEX/RANK/COUNT: INT). Out of range is UNKNOWN. {@code [19, returnType, index]}.
     */
    public static Exp getByIndex(ListReturnType returnType, Exp.Type valueType, Exp index, Exp bin, CTX... ctx) {
        return readAs(valueType, bin, ctx, GET_BY_INDEX, rt(returnType), index);
    }

    /** The elements from {@code index} to the end. {@code [24, returnType, index]}. */
    public static Exp getByIndexRange(ListReturnType returnType, Exp index, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_INDEX_RANGE, rt(returnType), index);
    }

    /** {@code count} elements from {@code index}. {@code [24, returnType, index, count]}. */
    public static Exp getByIndexRange(ListReturnType returnType, Exp index, Exp count, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_INDEX_RANGE, rt(returnType), index, count);
    }

    /**
     * The element of rank {@code rank} (−1 = largest), declared to be of {@code valueType}; see
     * {@link #getByIndex}. {@code [21, returnType, rank]}.
     */
    public static Exp getByRank(ListReturnType returnType, Exp.Type valueType, Exp rank, Exp bin, CTX... ctx) {
        return readAs(valueType, bin, ctx, GET_BY_RANK, rt(returnType), rank);
    }

    /**
     * The elements from rank {@code rank} to the largest. VALUE results of unordered lists come back in the
     * server's heap order (observed: descending when the range is nearer the low end). {@code [26, returnType, rank]}.
     */
    public static Exp getByRankRange(ListReturnType returnType, Exp rank, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_RANK_RANGE, rt(returnType), rank);
    }

    /** {@code count} elements from rank {@code rank}; see {@link #getByRankRange(ListReturnType, Exp, Exp, CTX...)}. */
    public static Exp getByRankRange(ListReturnType returnType, Exp rank, Exp count, Exp bin, CTX... ctx) {
        return read(returnType, bin, ctx, GET_BY_RANK_RANGE, rt(returnType), rank, count);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static Exp modify(Exp bin, CTX[] ctx, int opCode, Exp... args) {
        return CdtCall.modify(Exp.Type.LIST, bin, ctx, opCode, args);
    }

    private static Exp read(ListReturnType returnType, Exp bin, CTX[] ctx, int opCode, Exp... args) {
        return CdtCall.read(resultType(returnType), bin, ctx, opCode, args);
    }

    private static Exp readAs(Exp.Type valueType, Exp bin, CTX[] ctx, int opCode, Exp... args) {
        Exp.requireNonNull(valueType, "value type");
        return CdtCall.read(valueType, bin, ctx, opCode, args);
    }

    private static Exp rt(ListReturnType returnType) {
        Exp.requireNonNull(returnType, "return type");
        return CdtCall.arg(returnType.code());
    }

    private static Exp order(ListPolicy policy) {
        Exp.requireNonNull(policy, "list policy");
        return CdtCall.arg(policy.order().attributes());
    }

    private static Exp flags(ListPolicy policy) {
        Exp.requireNonNull(policy, "list policy");
        return CdtCall.arg(policy.writeFlags().code());
    }

    private static Exp[] rangeArgs(ListReturnType returnType, Exp begin, Exp end) {
        Exp from = begin != null ? begin : Exp.nil();
        return end != null ? new Exp[] {rt(returnType), from, end} : new Exp[] {rt(returnType), from};
    }

    /** The result type of a multi-element read: the official client's mapping. */
    private static Exp.Type resultType(ListReturnType returnType) {
        Exp.requireNonNull(returnType, "return type");
        int base = returnType.code() & ~ListReturnType.INVERTED_FLAG;
        return switch (base) {
            case 1, 2, 3, 4, 7 -> Exp.Type.LIST;
            case 5 -> Exp.Type.INT;
            case 13 -> Exp.Type.BOOL;
            default -> throw new IllegalArgumentException("list return type " + returnType
                    + " has no value to read in an expression");
        };
    }
}
