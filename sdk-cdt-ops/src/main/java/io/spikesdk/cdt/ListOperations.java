package io.spikesdk.cdt;

import io.spikesdk.api.Operation;
import io.spikesdk.cdt.internal.CdtPayload;
import io.spikesdk.cdt.internal.ListOpCode;

import java.util.List;

/**
 * Builds list operations for {@code AerospikeClient.operate}. Every method takes optional {@link CTX}
 * levels to reach a list nested inside lists/maps, and produces exactly the bytes of the official
 * client's {@code ListOperation} for the same arguments.
 *
 * <p>Values are Java natives (Long/Integer, Double, String, byte[], Boolean, List, Map, GeoJson), API
 * {@code Value}s, {@code null} (nil) or {@link CdtValue#WILDCARD}/{@link CdtValue#INFINITY} in
 * selections. Common server rules: a negative index counts from the end; a single-element index or
 * rank out of range fails with OP_NOT_APPLICABLE (26), while ranges are clipped (an empty selection is
 * not an error); a read on a missing bin returns nothing; a remove on a missing bin is a no-op with no
 * result; an operation on a bin of another type fails with BIN_TYPE_ERROR (12).
 */
public final class ListOperations {
    private ListOperations() {
    }

    // ---- create / order -------------------------------------------------------------------------

    /**
     * Creates a list (at the context path, or as the bin) with the given order if it does not exist;
     * an existing list keeps its contents and gets the order. Without contexts this is
     * {@link #setOrder(String, ListOrder, CTX...)}; with contexts the last level carries the create flag
     * of {@code order}/{@code pad}. Returns nothing.
     */
    public static Operation create(String bin, ListOrder order, boolean pad, CTX... ctx) {
        if (isEmpty(ctx)) {
            return setOrder(bin, order);
        }
        return CdtPayload.modify(bin, CdtPayload.packWithCreateFlag(ListOpCode.SET_TYPE, ctx,
            order.createFlag(pad), order.attributes()));
    }

    /**
     * Like {@link #create(String, ListOrder, boolean, CTX...)}; {@code persistIndex} keeps the list's
     * offset index in storage (top-level lists only, so it is ignored when contexts are given, as the
     * official client does).
     */
    public static Operation create(String bin, ListOrder order, boolean pad, boolean persistIndex, CTX... ctx) {
        if (isEmpty(ctx)) {
            return setOrder(bin, order, persistIndex);
        }
        return create(bin, order, pad, ctx);
    }

    /**
     * Sets the list order (SET_TYPE, code 0; spec {@code OP_LIST_SET_ORDER}). Unordered to ordered sorts
     * the list; ordered to unordered keeps the element order. Creates an empty list when the bin is
     * missing. Returns nothing.
     */
    public static Operation setOrder(String bin, ListOrder order, CTX... ctx) {
        return modify(bin, ListOpCode.SET_TYPE, ctx, order.attributes());
    }

    /** Like {@link #setOrder(String, ListOrder, CTX...)}, with the persisted-index bit {@code 0x10} when asked. */
    public static Operation setOrder(String bin, ListOrder order, boolean persistIndex, CTX... ctx) {
        return modify(bin, ListOpCode.SET_TYPE, ctx, order.attributes() | (persistIndex ? 0x10 : 0));
    }

    // ---- append / insert ------------------------------------------------------------------------

    /**
     * Appends a value (code 1; spec {@code OP_LIST_APPEND}): at the end of an unordered list, at its
     * sorted position in an ordered one. Creates an unordered list when missing. Returns the new size.
     */
    public static Operation append(String bin, Object value, CTX... ctx) {
        return modify(bin, ListOpCode.APPEND, ctx, value);
    }

    /**
     * Appends a value with a policy: the order applies if the list is created; ADD_UNIQUE rejects a value
     * already present with ELEMENT_EXISTS (24), and NO_FAIL turns that into a no-op. Returns the new size
     * (the current size after a no-op).
     */
    public static Operation append(ListPolicy policy, String bin, Object value, CTX... ctx) {
        return modify(bin, ListOpCode.APPEND, ctx, value, policy.order().attributes(), policy.writeFlags().code());
    }

    /** Appends every item of {@code items} (code 2; spec {@code OP_LIST_APPEND_ITEMS}). Returns the new size. */
    public static Operation appendItems(String bin, List<?> items, CTX... ctx) {
        return modify(bin, ListOpCode.APPEND_ITEMS, ctx, items);
    }

    /**
     * Appends items with a policy. With ADD_UNIQUE an item already in the list fails with 24 and a
     * duplicate inside {@code items} with 26; NO_FAIL makes the whole op a no-op, NO_FAIL|PARTIAL skips
     * only the offending items. Returns the new size.
     */
    public static Operation appendItems(ListPolicy policy, String bin, List<?> items, CTX... ctx) {
        return modify(bin, ListOpCode.APPEND_ITEMS, ctx, items, policy.order().attributes(),
            policy.writeFlags().code());
    }

    /**
     * Inserts a value at {@code index} (code 3; spec {@code OP_LIST_INSERT}). An index past the end pads
     * with nils; a negative index beyond the start, or any insert into an ordered list, fails with 26.
     * Returns the new size.
     */
    public static Operation insert(String bin, int index, Object value, CTX... ctx) {
        return modify(bin, ListOpCode.INSERT, ctx, index, value);
    }

    /**
     * Inserts with write flags (the policy's order is not sent: insert never creates an ordered list).
     * INSERT_BOUNDED rejects an index past the end with 26. Returns the new size.
     */
    public static Operation insert(ListPolicy policy, String bin, int index, Object value, CTX... ctx) {
        return modify(bin, ListOpCode.INSERT, ctx, index, value, policy.writeFlags().code());
    }

    /** Inserts every item at {@code index} (code 4; spec {@code OP_LIST_INSERT_ITEMS}). Returns the new size. */
    public static Operation insertItems(String bin, int index, List<?> items, CTX... ctx) {
        return modify(bin, ListOpCode.INSERT_ITEMS, ctx, index, items);
    }

    /** Inserts items with write flags. Returns the new size. */
    public static Operation insertItems(ListPolicy policy, String bin, int index, List<?> items, CTX... ctx) {
        return modify(bin, ListOpCode.INSERT_ITEMS, ctx, index, items, policy.writeFlags().code());
    }

    // ---- increment / set ------------------------------------------------------------------------

    /**
     * Adds 1 to the number at {@code index} (code 12; spec {@code OP_LIST_INCREMENT}). A missing slot
     * (index at or past the end) is written as {@code 0 + 1} with nil padding. Returns the new value.
     */
    public static Operation increment(String bin, int index, CTX... ctx) {
        return modify(bin, ListOpCode.INCREMENT, ctx, index);
    }

    /** Adds 1 with a policy (sent as {@code [12, index, 1, order, flags]}). Returns the new value. */
    public static Operation increment(ListPolicy policy, String bin, int index, CTX... ctx) {
        return modify(bin, ListOpCode.INCREMENT, ctx, index, 1, policy.order().attributes(),
            policy.writeFlags().code());
    }

    /**
     * Adds {@code delta} (integer or double; {@code null} means 1) to the number at {@code index}.
     * An integer element plus a double delta stays an integer (the delta is truncated); overflow wraps.
     * A non-numeric element or delta fails with PARAMETER_ERROR (4). Returns the new value.
     */
    public static Operation increment(String bin, int index, Number delta, CTX... ctx) {
        return modify(bin, ListOpCode.INCREMENT, ctx, index, delta);
    }

    /** Adds {@code delta} with a policy. Returns the new value. */
    public static Operation increment(ListPolicy policy, String bin, int index, Number delta, CTX... ctx) {
        return modify(bin, ListOpCode.INCREMENT, ctx, index, delta, policy.order().attributes(),
            policy.writeFlags().code());
    }

    /**
     * Replaces the element at {@code index} (code 9; spec {@code OP_LIST_SET}); an index at or past the
     * end behaves like insert (nil padding). Fails with 26 on an ordered list. Returns nothing.
     */
    public static Operation set(String bin, int index, Object value, CTX... ctx) {
        return modify(bin, ListOpCode.SET, ctx, index, value);
    }

    /**
     * Replaces with write flags: INSERT_BOUNDED rejects an index past the end (26); ADD_UNIQUE rejects a
     * value present at another index (24). Returns nothing.
     */
    public static Operation set(ListPolicy policy, String bin, int index, Object value, CTX... ctx) {
        return modify(bin, ListOpCode.SET, ctx, index, value, policy.writeFlags().code());
    }

    // ---- pop / remove / trim / clear / sort -----------------------------------------------------

    /** Removes and returns the element at {@code index} (code 5; spec {@code OP_LIST_POP}); out of range fails with 26. */
    public static Operation pop(String bin, int index, CTX... ctx) {
        return modify(bin, ListOpCode.POP, ctx, index);
    }

    /**
     * Removes and returns {@code count} elements from {@code index} (code 6; spec {@code OP_LIST_POP_RANGE}),
     * as a list; the range is clipped to the list.
     */
    public static Operation popRange(String bin, int index, int count, CTX... ctx) {
        return modify(bin, ListOpCode.POP_RANGE, ctx, index, count);
    }

    /** Removes and returns the elements from {@code index} to the end, as a list. */
    public static Operation popRange(String bin, int index, CTX... ctx) {
        return modify(bin, ListOpCode.POP_RANGE, ctx, index);
    }

    /**
     * Removes the element at {@code index} (code 7; spec {@code OP_LIST_REMOVE}); out of range fails with 26.
     * Returns the number removed (1).
     */
    public static Operation remove(String bin, int index, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE, ctx, index);
    }

    /**
     * Removes {@code count} elements from {@code index} (code 8; spec {@code OP_LIST_REMOVE_RANGE}); the
     * range is clipped. Returns the number removed.
     */
    public static Operation removeRange(String bin, int index, int count, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_RANGE, ctx, index, count);
    }

    /** Removes the elements from {@code index} to the end. Returns the number removed. */
    public static Operation removeRange(String bin, int index, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_RANGE, ctx, index);
    }

    /**
     * Keeps only the {@code count} elements from {@code index} and removes the others (code 10; spec
     * {@code OP_LIST_TRIM}). Returns the number of elements <b>removed</b> (observed on a real server:
     * trim(2, 3) on ten elements returns 7), not the size after the trim as the official Javadoc says. An
     * empty window (index past the end, count 0) removes everything.
     */
    public static Operation trim(String bin, int index, int count, CTX... ctx) {
        return modify(bin, ListOpCode.TRIM, ctx, index, count);
    }

    /** Removes every element, keeping the list and its order (code 11; spec {@code OP_LIST_CLEAR}). Returns nothing. */
    public static Operation clear(String bin, CTX... ctx) {
        return modify(bin, ListOpCode.CLEAR, ctx);
    }

    /**
     * Sorts the list (code 13; spec {@code OP_LIST_SORT}); see {@link ListSortFlags} for the observed
     * stability and the DESCENDING|DROP_DUPLICATES error. Fails with 12 on a missing bin. Returns nothing.
     */
    public static Operation sort(String bin, ListSortFlags flags, CTX... ctx) {
        return modify(bin, ListOpCode.SORT, ctx, flags.code());
    }

    // ---- plain reads ----------------------------------------------------------------------------

    /** Returns the number of elements (code 16; spec {@code OP_LIST_SIZE}). */
    public static Operation size(String bin, CTX... ctx) {
        return read(bin, ListOpCode.SIZE, ctx);
    }

    /** Returns the element at {@code index} (code 17; spec {@code OP_LIST_GET}); out of range fails with 26. */
    public static Operation get(String bin, int index, CTX... ctx) {
        return read(bin, ListOpCode.GET, ctx, index);
    }

    /** Returns {@code count} elements from {@code index} as a list (code 18; spec {@code OP_LIST_GET_RANGE}); clipped. */
    public static Operation getRange(String bin, int index, int count, CTX... ctx) {
        return read(bin, ListOpCode.GET_RANGE, ctx, index, count);
    }

    /** Returns the elements from {@code index} to the end as a list. */
    public static Operation getRange(String bin, int index, CTX... ctx) {
        return read(bin, ListOpCode.GET_RANGE, ctx, index);
    }

    // ---- selections: get ------------------------------------------------------------------------

    /**
     * Selects the element at {@code index} (code 19; spec {@code OP_LIST_GET_BY_INDEX}); out of range
     * fails with 26, INVERTED with 26.
     */
    public static Operation getByIndex(String bin, int index, ListReturnType returnType, CTX... ctx) {
        return read(bin, ListOpCode.GET_BY_INDEX, ctx, returnType.code(), index);
    }

    /** Selects the elements from {@code index} to the end (code 24; spec {@code OP_LIST_GET_BY_INDEX_RANGE}). */
    public static Operation getByIndexRange(String bin, int index, ListReturnType returnType, CTX... ctx) {
        return read(bin, ListOpCode.GET_BY_INDEX_RANGE, ctx, returnType.code(), index);
    }

    /** Selects {@code count} elements from {@code index} (code 24); clipped to the list. */
    public static Operation getByIndexRange(String bin, int index, int count, ListReturnType returnType, CTX... ctx) {
        return read(bin, ListOpCode.GET_BY_INDEX_RANGE, ctx, returnType.code(), index, count);
    }

    /**
     * Selects the element of rank {@code rank} (code 21; spec {@code OP_LIST_GET_BY_RANK}); -1 is the
     * largest, out of range fails with 26. Among equal elements, which one a rank picks is not "lowest
     * index first" on a real server.
     */
    public static Operation getByRank(String bin, int rank, ListReturnType returnType, CTX... ctx) {
        return read(bin, ListOpCode.GET_BY_RANK, ctx, returnType.code(), rank);
    }

    /**
     * Selects the elements from rank {@code rank} up (code 26; spec {@code OP_LIST_GET_BY_RANK_RANGE}).
     * On an unordered list VALUE results come out in descending rank order when
     * {@code rank <= size - rank - count}, else ascending (real-server heap order); INDEX and RANK results
     * are ascending.
     */
    public static Operation getByRankRange(String bin, int rank, ListReturnType returnType, CTX... ctx) {
        return read(bin, ListOpCode.GET_BY_RANK_RANGE, ctx, returnType.code(), rank);
    }

    /** Selects {@code count} elements from rank {@code rank} (code 26); result order as above. */
    public static Operation getByRankRange(String bin, int rank, int count, ListReturnType returnType, CTX... ctx) {
        return read(bin, ListOpCode.GET_BY_RANK_RANGE, ctx, returnType.code(), rank, count);
    }

    /**
     * Selects every element equal to {@code value} (code 22, the server's GET_ALL_BY_VALUE; spec
     * {@code OP_LIST_GET_BY_VALUE}); {@link CdtValue#WILDCARD} inside {@code value} matches anything.
     */
    public static Operation getByValue(String bin, Object value, ListReturnType returnType, CTX... ctx) {
        return read(bin, ListOpCode.GET_ALL_BY_VALUE, ctx, returnType.code(), value);
    }

    /**
     * Selects every element equal to one of {@code values} (code 23; spec {@code OP_LIST_GET_BY_VALUE_LIST}).
     * An empty list with INVERTED selects everything.
     */
    public static Operation getByValueList(String bin, List<?> values, ListReturnType returnType, CTX... ctx) {
        return read(bin, ListOpCode.GET_ALL_BY_VALUE_LIST, ctx, returnType.code(), values);
    }

    /**
     * Selects the elements in {@code [begin, end)} by the CDT value order (code 25; spec
     * {@code OP_LIST_GET_BY_VALUE_RANGE}). {@code begin == null} starts at the lowest value (nil
     * included); {@code end == null} means no upper bound (the argument is omitted).
     */
    public static Operation getByValueRange(String bin, Object begin, Object end, ListReturnType returnType,
                                            CTX... ctx) {
        return read(bin, ListOpCode.GET_BY_VALUE_INTERVAL, ctx, interval(returnType.code(), begin, end));
    }

    /**
     * Selects the elements from rank {@code anchor + rank} up, where the anchor is the number of elements
     * smaller than {@code value} ({@code value} need not exist; code 27). A negative start is clipped
     * to 0, it does not count from the end.
     */
    public static Operation getByValueRelativeRankRange(String bin, Object value, int rank, ListReturnType returnType,
                                                        CTX... ctx) {
        return read(bin, ListOpCode.GET_BY_VALUE_REL_RANK_RANGE, ctx, returnType.code(), value, rank);
    }

    /** Like {@link #getByValueRelativeRankRange(String, Object, int, ListReturnType, CTX...)}, at most {@code count} elements. */
    public static Operation getByValueRelativeRankRange(String bin, Object value, int rank, int count,
                                                        ListReturnType returnType, CTX... ctx) {
        return read(bin, ListOpCode.GET_BY_VALUE_REL_RANK_RANGE, ctx, returnType.code(), value, rank, count);
    }

    // ---- selections: remove ---------------------------------------------------------------------

    /** Removes the element at {@code index} (code 32; spec {@code OP_LIST_REMOVE_BY_INDEX}) and returns per {@code returnType}. */
    public static Operation removeByIndex(String bin, int index, ListReturnType returnType, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_BY_INDEX, ctx, returnType.code(), index);
    }

    /** Removes the elements from {@code index} to the end (code 37; spec {@code OP_LIST_REMOVE_BY_INDEX_RANGE}). */
    public static Operation removeByIndexRange(String bin, int index, ListReturnType returnType, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_BY_INDEX_RANGE, ctx, returnType.code(), index);
    }

    /** Removes {@code count} elements from {@code index} (code 37); INVERTED removes the others. */
    public static Operation removeByIndexRange(String bin, int index, int count, ListReturnType returnType,
                                               CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_BY_INDEX_RANGE, ctx, returnType.code(), index, count);
    }

    /** Removes the element of rank {@code rank} (code 34; spec {@code OP_LIST_REMOVE_BY_RANK}). */
    public static Operation removeByRank(String bin, int rank, ListReturnType returnType, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_BY_RANK, ctx, returnType.code(), rank);
    }

    /** Removes the elements from rank {@code rank} up (code 39; spec {@code OP_LIST_REMOVE_BY_RANK_RANGE}). */
    public static Operation removeByRankRange(String bin, int rank, ListReturnType returnType, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_BY_RANK_RANGE, ctx, returnType.code(), rank);
    }

    /** Removes {@code count} elements from rank {@code rank} (code 39); VALUE result order as for getByRankRange. */
    public static Operation removeByRankRange(String bin, int rank, int count, ListReturnType returnType,
                                              CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_BY_RANK_RANGE, ctx, returnType.code(), rank, count);
    }

    /** Removes every element equal to {@code value} (code 35; spec {@code OP_LIST_REMOVE_BY_VALUE}). */
    public static Operation removeByValue(String bin, Object value, ListReturnType returnType, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_ALL_BY_VALUE, ctx, returnType.code(), value);
    }

    /** Removes every element equal to one of {@code values} (code 36; spec {@code OP_LIST_REMOVE_BY_VALUE_LIST}). */
    public static Operation removeByValueList(String bin, List<?> values, ListReturnType returnType, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_ALL_BY_VALUE_LIST, ctx, returnType.code(), values);
    }

    /**
     * Removes the elements in {@code [begin, end)} (code 38; spec {@code OP_LIST_REMOVE_BY_VALUE_RANGE});
     * null bounds as in {@link #getByValueRange}.
     */
    public static Operation removeByValueRange(String bin, Object begin, Object end, ListReturnType returnType,
                                               CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_BY_VALUE_INTERVAL, ctx, interval(returnType.code(), begin, end));
    }

    /** Removes the elements from rank {@code anchor(value) + rank} up (code 40); see {@link #getByValueRelativeRankRange}. */
    public static Operation removeByValueRelativeRankRange(String bin, Object value, int rank,
                                                           ListReturnType returnType, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_BY_VALUE_REL_RANK_RANGE, ctx, returnType.code(), value, rank);
    }

    /** Removes at most {@code count} elements from rank {@code anchor(value) + rank} (code 40). */
    public static Operation removeByValueRelativeRankRange(String bin, Object value, int rank, int count,
                                                           ListReturnType returnType, CTX... ctx) {
        return modify(bin, ListOpCode.REMOVE_BY_VALUE_REL_RANK_RANGE, ctx, returnType.code(), value, rank, count);
    }

    // ---- helpers --------------------------------------------------------------------------------

    static Object[] interval(int returnType, Object begin, Object end) {
        return end == null ? new Object[] {returnType, begin} : new Object[] {returnType, begin, end};
    }

    static boolean isEmpty(CTX[] ctx) {
        return ctx == null || ctx.length == 0;
    }

    private static Operation modify(String bin, int opCode, CTX[] ctx, Object... args) {
        return CdtPayload.modify(bin, CdtPayload.pack(opCode, ctx, args));
    }

    private static Operation read(String bin, int opCode, CTX[] ctx, Object... args) {
        return CdtPayload.read(bin, CdtPayload.pack(opCode, ctx, args));
    }
}
