package io.spikesdk.exp;

import io.spikesdk.cdt.HllPolicy;

/**
 * HyperLogLog reads and modifies inside expressions, mirroring the official client's {@code HLLExp} byte for byte.
 *
 * <p>Each factory runs one HLL operation (the op codes, arguments and semantics of
 * {@link io.spikesdk.cdt.HllOperations}) on the sketch produced by {@code bin}: usually {@link Exp#hllBin}, or
 * {@link Exp#nil()} for a sketch that does not exist yet (INIT and ADD create one). Sketch list arguments are
 * {@link Exp#val(java.util.List)} of HLL values (as an HLL bin reads back) or list expressions; bit counts are
 * integer expressions, -1 meaning "not given".
 *
 * <p>Reads return the operation's result; an operation error (bad bit counts, incompatible sketches, a bin that is
 * not an HLL) makes the expression UNKNOWN. Modifies work on a private copy and return the whole new sketch (type
 * HLL); the record changes only when it is written with {@link ExpOperations#write}.
 */
public final class HllExp {
    private static final int SYSTEM_HLL = 2;
    private static final int MODIFY_LOCAL = 0x40;
    private static final int INIT = 0;
    private static final int ADD = 1;
    private static final int COUNT = 50;
    private static final int UNION = 51;
    private static final int UNION_COUNT = 52;
    private static final int INTERSECT_COUNT = 53;
    private static final int SIMILARITY = 54;
    private static final int DESCRIBE = 55;
    private static final int MAY_CONTAIN = 56;
    private static final long UNSET = -1;

    private HllExp() {
    }

    /** An empty sketch with {@code indexBitCount} index bits and no minhash bits. {@code [0, ib, -1, flags]}. */
    public static Exp init(HllPolicy policy, Exp indexBitCount, Exp bin) {
        return init(policy, indexBitCount, Exp.val(UNSET), bin);
    }

    /** An empty sketch with the given index and minhash bits. {@code [0, ib, mb, flags]}. */
    public static Exp init(HllPolicy policy, Exp indexBitCount, Exp minHashBitCount, Exp bin) {
        return modify(bin, INIT, indexBitCount, minHashBitCount, flags(policy));
    }

    /** The sketch with the values of {@code list} added (the bin must exist). {@code [1, list, -1, -1, flags]}. */
    public static Exp add(HllPolicy policy, Exp list, Exp bin) {
        return add(policy, list, Exp.val(UNSET), Exp.val(UNSET), bin);
    }

    /** Adds the values of {@code list}, creating the sketch with {@code indexBitCount} when absent. */
    public static Exp add(HllPolicy policy, Exp list, Exp indexBitCount, Exp bin) {
        return add(policy, list, indexBitCount, Exp.val(UNSET), bin);
    }

    /** Adds the values of {@code list}, creating the sketch with the given bits when absent. */
    public static Exp add(HllPolicy policy, Exp list, Exp indexBitCount, Exp minHashBitCount, Exp bin) {
        return modify(bin, ADD, list, indexBitCount, minHashBitCount, flags(policy));
    }

    /** The estimated number of distinct values (INT). {@code [50]}. */
    public static Exp getCount(Exp bin) {
        return read(Exp.Type.INT, bin, COUNT);
    }

    /** The union of the sketch and the sketches of {@code list} (HLL). {@code [51, list]}. */
    public static Exp getUnion(Exp list, Exp bin) {
        return read(Exp.Type.HLL, bin, UNION, list);
    }

    /** The estimated distinct count of that union (INT). {@code [52, list]}. */
    public static Exp getUnionCount(Exp list, Exp bin) {
        return read(Exp.Type.INT, bin, UNION_COUNT, list);
    }

    /** The estimated count of the intersection with the sketches of {@code list} (INT). {@code [53, list]}. */
    public static Exp getIntersectCount(Exp list, Exp bin) {
        return read(Exp.Type.INT, bin, INTERSECT_COUNT, list);
    }

    /** The estimated Jaccard similarity with the sketches of {@code list} (FLOAT). {@code [54, list]}. */
    public static Exp getSimilarity(Exp list, Exp bin) {
        return read(Exp.Type.FLOAT, bin, SIMILARITY, list);
    }

    /** {@code [indexBitCount, minHashBitCount]} of the sketch (LIST). {@code [55]}. */
    public static Exp describe(Exp bin) {
        return read(Exp.Type.LIST, bin, DESCRIBE);
    }

    /** 1 when every value of {@code list} may be in the sketch, else 0 (INT). {@code [56, list]}. */
    public static Exp mayContain(Exp list, Exp bin) {
        return read(Exp.Type.INT, bin, MAY_CONTAIN, list);
    }

    private static Exp flags(HllPolicy policy) {
        if (policy == null) {
            throw new NullPointerException("policy");
        }
        return Exp.val(policy.writeFlags().code());
    }

    private static Exp modify(Exp bin, int opCode, Exp... args) {
        return CdtCall.module(Exp.Type.HLL.code(), SYSTEM_HLL | MODIFY_LOCAL, bin, opCode, args);
    }

    private static Exp read(Exp.Type type, Exp bin, int opCode, Exp... args) {
        return CdtCall.module(type.code(), SYSTEM_HLL, bin, opCode, args);
    }
}
