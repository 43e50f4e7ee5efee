package io.spikesdk.cdt;

import io.spikesdk.api.Operation;
import io.spikesdk.cdt.internal.CdtPayload;
import io.spikesdk.cdt.internal.MapOpCode;

import java.util.List;
import java.util.Map;

/**
 * Builds map operations for {@code AerospikeClient.operate}. Every method takes optional {@link CTX}
 * levels to reach a map nested inside lists/maps, and produces exactly the bytes of the official
 * client's {@code MapOperation} for the same arguments.
 *
 * <p>Keys must be integers, strings or non-empty byte arrays (else PARAMETER_ERROR, 4). INDEX is the
 * position in key order, RANK the position in (value, key) order, for every map order. Single-key
 * selections of a missing key return the "not found" shape of the return type (no error); single
 * index/rank selections out of range fail with OP_NOT_APPLICABLE (26); ranges are clipped. A read on a
 * missing bin returns nothing; a remove on a missing bin is a no-op. The official client sends map
 * operations with RESPOND_ALL_OPS so that empty results still get an entry; so does this SDK, told by the
 * operations' type ({@link io.spikesdk.api.Operation.Type#MAP_READ}, {@link io.spikesdk.api.Operation.Type#MAP_MODIFY}).
 */
public final class MapOperations {
    private MapOperations() {
    }

    // ---- create / policy ------------------------------------------------------------------------

    /**
     * Creates a map with the given order if it does not exist, or sets the order of an existing one
     * (SET_TYPE, code 64). With contexts the last level carries the order's create flag. Returns nothing.
     */
    public static Operation create(String bin, MapOrder order, CTX... ctx) {
        if (ListOperations.isEmpty(ctx)) {
            return modify(bin, MapOpCode.SET_TYPE, ctx, order.attributes());
        }
        return CdtPayload.mapModify(bin, CdtPayload.packWithCreateFlag(MapOpCode.SET_TYPE, ctx, order.createFlag(),
            order.attributes()));
    }

    /**
     * Like {@link #create(String, MapOrder, CTX...)}; {@code persistIndex} (bit {@code 0x10}) keeps the
     * map index in storage. Top-level maps only: ignored with contexts, as the official client does.
     */
    public static Operation create(String bin, MapOrder order, boolean persistIndex, CTX... ctx) {
        if (ListOperations.isEmpty(ctx)) {
            return modify(bin, MapOpCode.SET_TYPE, ctx, order.attributes() | (persistIndex ? 0x10 : 0));
        }
        return create(bin, order, ctx);
    }

    /**
     * Sets the map order from a policy (code 64; spec {@code OP_MAP_SET_POLICY}); creates an empty map
     * when missing. The persisted-index bit is dropped when contexts are given. Returns nothing.
     */
    public static Operation setMapPolicy(MapPolicy policy, String bin, CTX... ctx) {
        int attributes = policy.attributes();
        if (!ListOperations.isEmpty(ctx)) {
            attributes &= ~0x10;
        }
        return modify(bin, MapOpCode.SET_TYPE, ctx, attributes);
    }

    // ---- writes ---------------------------------------------------------------------------------

    /** Puts one entry with {@link MapPolicy#DEFAULT} (upsert). Returns the map size afterwards. */
    public static Operation put(String bin, Object key, Object value, CTX... ctx) {
        return put(MapPolicy.DEFAULT, bin, key, value, ctx);
    }

    /**
     * Puts one entry (spec {@code OP_MAP_PUT}); creates the map with the policy's order when missing.
     * CREATE_ONLY on an existing key fails with ELEMENT_EXISTS (24), UPDATE_ONLY on a missing key with
     * ELEMENT_NOT_FOUND (23); NO_FAIL turns either into a no-op. Returns the map size afterwards.
     */
    public static Operation put(MapPolicy policy, String bin, Object key, Object value, CTX... ctx) {
        if (policy.writeFlags().code() != 0) {
            return modify(bin, MapOpCode.PUT, ctx, key, value, policy.attributes(), policy.writeFlags().code());
        }
        int opCode = policy.writeMode().itemOpCode();
        if (opCode == MapOpCode.REPLACE) {
            return modify(bin, opCode, ctx, key, value);
        }
        return modify(bin, opCode, ctx, key, value, policy.attributes());
    }

    /** Puts several entries with {@link MapPolicy#DEFAULT}. Returns the map size afterwards. */
    public static Operation putItems(String bin, Map<?, ?> items, CTX... ctx) {
        return putItems(MapPolicy.DEFAULT, bin, items, ctx);
    }

    /**
     * Puts several entries (spec {@code OP_MAP_PUT_ITEMS}). With a violated CREATE_ONLY/UPDATE_ONLY the
     * first offending key fails the op (24/23); NO_FAIL makes it a no-op, NO_FAIL|PARTIAL skips only the
     * offending entries. Observed: UPDATE_ONLY|NO_FAIL|PARTIAL on an empty or absent map writes all
     * entries, and UPDATE_ONLY|NO_FAIL on an absent bin creates an empty map. Returns the map size.
     */
    public static Operation putItems(MapPolicy policy, String bin, Map<?, ?> items, CTX... ctx) {
        if (policy.writeFlags().code() != 0) {
            return modify(bin, MapOpCode.PUT_ITEMS, ctx, items, policy.attributes(), policy.writeFlags().code());
        }
        int opCode = policy.writeMode().itemsOpCode();
        if (opCode == MapOpCode.REPLACE_ITEMS) {
            return modify(bin, opCode, ctx, items);
        }
        return modify(bin, opCode, ctx, items, policy.attributes());
    }

    /** Adds {@code delta} to the value of {@code key} with {@link MapPolicy#DEFAULT}. Returns the new value. */
    public static Operation increment(String bin, Object key, Number delta, CTX... ctx) {
        return increment(MapPolicy.DEFAULT, bin, key, delta, ctx);
    }

    /**
     * Adds {@code delta} (integer or double; {@code null} means 1) to the value of {@code key} (code 73;
     * spec {@code OP_MAP_INCREMENT}); a missing key is created as {@code 0 + delta}, overflow wraps, write
     * flags are ignored, a non-numeric value fails with 4. Returns the new value.
     */
    public static Operation increment(MapPolicy policy, String bin, Object key, Number delta, CTX... ctx) {
        return modify(bin, MapOpCode.INCREMENT, ctx, key, delta, policy.attributes());
    }

    /** Subtracts {@code delta} from the value of {@code key} with {@link MapPolicy#DEFAULT}. Returns the new value. */
    public static Operation decrement(String bin, Object key, Number delta, CTX... ctx) {
        return decrement(MapPolicy.DEFAULT, bin, key, delta, ctx);
    }

    /**
     * Subtracts {@code delta} from the value of {@code key} (code 74; spec {@code OP_MAP_DECREMENT});
     * same rules as {@link #increment(MapPolicy, String, Object, Number, CTX...)}. Returns the new value.
     */
    public static Operation decrement(MapPolicy policy, String bin, Object key, Number delta, CTX... ctx) {
        return modify(bin, MapOpCode.DECREMENT, ctx, key, delta, policy.attributes());
    }

    /** Removes every entry, keeping the map and its order (code 75; spec {@code OP_MAP_CLEAR}). Returns nothing. */
    public static Operation clear(String bin, CTX... ctx) {
        return modify(bin, MapOpCode.CLEAR, ctx);
    }

    /** Returns the number of entries (code 96; spec {@code OP_MAP_SIZE}). */
    public static Operation size(String bin, CTX... ctx) {
        return read(bin, MapOpCode.SIZE, ctx);
    }

    // ---- remove by key / value ------------------------------------------------------------------

    /** Removes the entry with {@code key} (code 76; spec {@code OP_MAP_REMOVE_BY_KEY}); a missing key removes nothing. */
    public static Operation removeByKey(String bin, Object key, MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_KEY, ctx, returnType.code(), key);
    }

    /** Removes the entries whose key is in {@code keys} (code 81; spec {@code OP_MAP_REMOVE_BY_KEY_LIST}). */
    public static Operation removeByKeyList(String bin, List<?> keys, MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_KEY_LIST, ctx, returnType.code(), keys);
    }

    /**
     * Removes the entries with keys in {@code [begin, end)} (code 84; spec {@code OP_MAP_REMOVE_BY_KEY_RANGE});
     * {@code begin == null} starts at the lowest key, {@code end == null} has no upper bound.
     */
    public static Operation removeByKeyRange(String bin, Object begin, Object end, MapReturnType returnType,
                                             CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_KEY_INTERVAL, ctx, ListOperations.interval(returnType.code(), begin, end));
    }

    /**
     * Removes the entries from key-order index {@code anchor + index}, where the anchor is the number of
     * keys smaller than {@code key} (which need not exist; code 88). A negative start is clipped to 0.
     */
    public static Operation removeByKeyRelativeIndexRange(String bin, Object key, int index,
                                                          MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_KEY_REL_INDEX_RANGE, ctx, returnType.code(), key, index);
    }

    /** Like {@link #removeByKeyRelativeIndexRange(String, Object, int, MapReturnType, CTX...)}, at most {@code count} entries. */
    public static Operation removeByKeyRelativeIndexRange(String bin, Object key, int index, int count,
                                                          MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_KEY_REL_INDEX_RANGE, ctx, returnType.code(), key, index, count);
    }

    /** Removes every entry whose value equals {@code value} (code 82; spec {@code OP_MAP_REMOVE_BY_VALUE}). */
    public static Operation removeByValue(String bin, Object value, MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_ALL_BY_VALUE, ctx, returnType.code(), value);
    }

    /** Removes every entry whose value is in {@code values} (code 83; spec {@code OP_MAP_REMOVE_BY_VALUE_LIST}). */
    public static Operation removeByValueList(String bin, List<?> values, MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_VALUE_LIST, ctx, returnType.code(), values);
    }

    /** Removes the entries with values in {@code [begin, end)} (code 86; spec {@code OP_MAP_REMOVE_BY_VALUE_RANGE}). */
    public static Operation removeByValueRange(String bin, Object begin, Object end, MapReturnType returnType,
                                               CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_VALUE_INTERVAL, ctx, ListOperations.interval(returnType.code(), begin, end));
    }

    /** Removes the entries from rank {@code anchor(value) + rank} up (code 89). */
    public static Operation removeByValueRelativeRankRange(String bin, Object value, int rank,
                                                           MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_VALUE_REL_RANK_RANGE, ctx, returnType.code(), value, rank);
    }

    /** Removes at most {@code count} entries from rank {@code anchor(value) + rank} (code 89). */
    public static Operation removeByValueRelativeRankRange(String bin, Object value, int rank, int count,
                                                           MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_VALUE_REL_RANK_RANGE, ctx, returnType.code(), value, rank, count);
    }

    // ---- remove by index / rank -----------------------------------------------------------------

    /** Removes the entry at key-order {@code index} (code 77; spec {@code OP_MAP_REMOVE_BY_INDEX}); out of range fails with 26. */
    public static Operation removeByIndex(String bin, int index, MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_INDEX, ctx, returnType.code(), index);
    }

    /** Removes the entries from key-order {@code index} to the end (code 85; spec {@code OP_MAP_REMOVE_BY_INDEX_RANGE}). */
    public static Operation removeByIndexRange(String bin, int index, MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_INDEX_RANGE, ctx, returnType.code(), index);
    }

    /** Removes {@code count} entries from key-order {@code index} (code 85). */
    public static Operation removeByIndexRange(String bin, int index, int count, MapReturnType returnType,
                                               CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_INDEX_RANGE, ctx, returnType.code(), index, count);
    }

    /** Removes the entry of value rank {@code rank} (code 79; spec {@code OP_MAP_REMOVE_BY_RANK}); out of range fails with 26. */
    public static Operation removeByRank(String bin, int rank, MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_RANK, ctx, returnType.code(), rank);
    }

    /** Removes the entries from rank {@code rank} up (code 87; spec {@code OP_MAP_REMOVE_BY_RANK_RANGE}). */
    public static Operation removeByRankRange(String bin, int rank, MapReturnType returnType, CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_RANK_RANGE, ctx, returnType.code(), rank);
    }

    /** Removes {@code count} entries from rank {@code rank} (code 87); results in ascending rank order. */
    public static Operation removeByRankRange(String bin, int rank, int count, MapReturnType returnType,
                                              CTX... ctx) {
        return modify(bin, MapOpCode.REMOVE_BY_RANK_RANGE, ctx, returnType.code(), rank, count);
    }

    // ---- get by key / value ---------------------------------------------------------------------

    /**
     * Selects the entry with {@code key} (code 97; spec {@code OP_MAP_GET_BY_KEY}). A missing key with
     * VALUE/KEY returns nothing (a null entry when RESPOND_ALL_OPS is set, as the official client does).
     */
    public static Operation getByKey(String bin, Object key, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_KEY, ctx, returnType.code(), key);
    }

    /**
     * Selects the entries whose key is in {@code keys} (code 107). Observed: KEY/VALUE/KEY_VALUE results
     * come in key order, INDEX results in request order.
     */
    public static Operation getByKeyList(String bin, List<?> keys, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_KEY_LIST, ctx, returnType.code(), keys);
    }

    /** Selects the entries with keys in {@code [begin, end)} (code 103; spec {@code OP_MAP_GET_BY_KEY_RANGE}); key order. */
    public static Operation getByKeyRange(String bin, Object begin, Object end, MapReturnType returnType,
                                          CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_KEY_INTERVAL, ctx, ListOperations.interval(returnType.code(), begin, end));
    }

    /**
     * Selects the entries from key-order index {@code anchor(key) + index} (code 109); e.g. on keys
     * {0,4,5,9}: (5, 0) selects 5 and 9, (5, -1) selects 4, 5 and 9.
     */
    public static Operation getByKeyRelativeIndexRange(String bin, Object key, int index, MapReturnType returnType,
                                                       CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_KEY_REL_INDEX_RANGE, ctx, returnType.code(), key, index);
    }

    /** Like {@link #getByKeyRelativeIndexRange(String, Object, int, MapReturnType, CTX...)}, at most {@code count} entries. */
    public static Operation getByKeyRelativeIndexRange(String bin, Object key, int index, int count,
                                                       MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_KEY_REL_INDEX_RANGE, ctx, returnType.code(), key, index, count);
    }

    /** Selects every entry whose value equals {@code value} (code 102; spec {@code OP_MAP_GET_BY_VALUE}). */
    public static Operation getByValue(String bin, Object value, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_ALL_BY_VALUE, ctx, returnType.code(), value);
    }

    /**
     * Selects every entry whose value is in {@code values} (code 108). Observed: KEY/VALUE results in key
     * order, INDEX ascending, RANK in request order.
     */
    public static Operation getByValueList(String bin, List<?> values, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_VALUE_LIST, ctx, returnType.code(), values);
    }

    /**
     * Selects the entries with values in {@code [begin, end)} (code 105; spec {@code OP_MAP_GET_BY_VALUE_RANGE}).
     * Observed: results in key order, except on a KEY_VALUE_ORDERED map with a persisted index (value order).
     */
    public static Operation getByValueRange(String bin, Object begin, Object end, MapReturnType returnType,
                                            CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_VALUE_INTERVAL, ctx, ListOperations.interval(returnType.code(), begin, end));
    }

    /** Selects the entries from rank {@code anchor(value) + rank} up (code 110). */
    public static Operation getByValueRelativeRankRange(String bin, Object value, int rank, MapReturnType returnType,
                                                        CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_VALUE_REL_RANK_RANGE, ctx, returnType.code(), value, rank);
    }

    /** Selects at most {@code count} entries from rank {@code anchor(value) + rank} (code 110). */
    public static Operation getByValueRelativeRankRange(String bin, Object value, int rank, int count,
                                                        MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_VALUE_REL_RANK_RANGE, ctx, returnType.code(), value, rank, count);
    }

    // ---- get by index / rank --------------------------------------------------------------------

    /** Selects the entry at key-order {@code index} (code 98; spec {@code OP_MAP_GET_BY_INDEX}); out of range fails with 26. */
    public static Operation getByIndex(String bin, int index, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_INDEX, ctx, returnType.code(), index);
    }

    /** Selects the entries from key-order {@code index} to the end (code 104; spec {@code OP_MAP_GET_BY_INDEX_RANGE}). */
    public static Operation getByIndexRange(String bin, int index, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_INDEX_RANGE, ctx, returnType.code(), index);
    }

    /** Selects {@code count} entries from key-order {@code index} (code 104). */
    public static Operation getByIndexRange(String bin, int index, int count, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_INDEX_RANGE, ctx, returnType.code(), index, count);
    }

    /** Selects the entry of value rank {@code rank} (code 100; spec {@code OP_MAP_GET_BY_RANK}); ties ranked by key. */
    public static Operation getByRank(String bin, int rank, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_RANK, ctx, returnType.code(), rank);
    }

    /** Selects the entries from rank {@code rank} up (code 106; spec {@code OP_MAP_GET_BY_RANK_RANGE}); ascending rank order. */
    public static Operation getByRankRange(String bin, int rank, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_RANK_RANGE, ctx, returnType.code(), rank);
    }

    /** Selects {@code count} entries from rank {@code rank} (code 106); ascending rank order. */
    public static Operation getByRankRange(String bin, int rank, int count, MapReturnType returnType, CTX... ctx) {
        return read(bin, MapOpCode.GET_BY_RANK_RANGE, ctx, returnType.code(), rank, count);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static Operation modify(String bin, int opCode, CTX[] ctx, Object... args) {
        return CdtPayload.mapModify(bin, CdtPayload.pack(opCode, ctx, args));
    }

    private static Operation read(String bin, int opCode, CTX[] ctx, Object... args) {
        return CdtPayload.mapRead(bin, CdtPayload.pack(opCode, ctx, args));
    }
}
