package io.spikesdk.cdt;

import io.spikesdk.api.Operation;
import io.spikesdk.api.ParticleType;
import io.spikesdk.api.Value;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

import java.util.List;
import java.util.Objects;

/**
 * Builds HyperLogLog operations for {@code AerospikeClient.operate}, producing exactly the bytes of the
 * official client's {@code HLLOperation} for the same arguments. The payload is {@code [op, args...]}
 * carried in a BLOB; writes use op type HLL modify (16), reads HLL read (15).
 *
 * <p>An HLL bin holds a sketch with {@code indexBitCount} (4..16) register index bits and
 * {@code minHashBitCount} (0, or 4..51) min-hash bits, at most 64 together. Sketches passed as arguments
 * are {@code byte[]} or {@link Value.BytesValue}s of particle type {@link ParticleType#HLL} (as an HLL
 * bin reads back); inside the payload they carry the BLOB (4) prefix, as the official client sends them.
 * Bad bit counts and sketches of another particle type fail at the call with
 * {@link IllegalArgumentException}, null lists and policies with {@link NullPointerException}.
 */
public final class HllOperations {
    private static final int INIT = 0;
    private static final int ADD = 1;
    private static final int SET_UNION = 2;
    private static final int SET_COUNT = 3;
    private static final int FOLD = 4;
    private static final int COUNT = 50;
    private static final int UNION = 51;
    private static final int UNION_COUNT = 52;
    private static final int INTERSECT_COUNT = 53;
    private static final int SIMILARITY = 54;
    private static final int DESCRIBE = 55;
    /** What the official client sends for a bit count the caller did not give. */
    private static final int UNSET = -1;
    private static final int MIN_INDEX_BITS = 4;
    private static final int MAX_INDEX_BITS = 16;
    private static final int MIN_MINHASH_BITS = 4;
    private static final int MAX_MINHASH_BITS = 51;
    private static final int MAX_TOTAL_BITS = 64;

    private HllOperations() {
    }

    // ---- modify ---------------------------------------------------------------------------------

    /**
     * Creates (or, without CREATE_ONLY, resets) the bin to an empty sketch with the given index bits (INIT, code 0):
     * a new sketch gets no min-hash bits, a reset one keeps its min-hash bits (the server reads the -1 sent for them
     * as "unchanged"). Returns nothing.
     */
    public static Operation init(HllPolicy policy, String bin, int indexBitCount) {
        checkIndexBits(indexBitCount);
        return modify(bin, INIT, indexBitCount, UNSET, flags(policy));
    }

    /** Like {@link #init(HllPolicy, String, int)}, with {@code minHashBitCount} min-hash bits. */
    public static Operation init(HllPolicy policy, String bin, int indexBitCount, int minHashBitCount) {
        checkBits(indexBitCount, minHashBitCount);
        return modify(bin, INIT, indexBitCount, minHashBitCount, flags(policy));
    }

    /**
     * Adds values to an existing sketch (ADD, code 1); the bin must exist, as no bit counts are given.
     * Returns how many registers the adds changed.
     */
    public static Operation add(HllPolicy policy, String bin, List<?> values) {
        return modify(bin, ADD, checkValues(values), UNSET, UNSET, flags(policy));
    }

    /** Like {@link #add(HllPolicy, String, List)}, creating the sketch with {@code indexBitCount} when missing. */
    public static Operation add(HllPolicy policy, String bin, List<?> values, int indexBitCount) {
        checkIndexBits(indexBitCount);
        return modify(bin, ADD, checkValues(values), indexBitCount, UNSET, flags(policy));
    }

    /** Like {@link #add(HllPolicy, String, List, int)}, with {@code minHashBitCount} min-hash bits on create. */
    public static Operation add(HllPolicy policy, String bin, List<?> values, int indexBitCount, int minHashBitCount) {
        checkBits(indexBitCount, minHashBitCount);
        return modify(bin, ADD, checkValues(values), indexBitCount, minHashBitCount, flags(policy));
    }

    /**
     * Sets the bin to the union of itself and {@code sketches} (SET_UNION, code 2); ALLOW_FOLD lets sketches
     * with fewer index bits fold the result. Returns nothing.
     */
    public static Operation setUnion(HllPolicy policy, String bin, List<?> sketches) {
        return modify(bin, SET_UNION, sketchList(sketches), flags(policy));
    }

    /** Recomputes and stores the cached count (SET_COUNT, code 3). Returns the count. */
    public static Operation refreshCount(String bin) {
        return modify(bin, SET_COUNT);
    }

    /**
     * Folds the sketch down to {@code indexBitCount} index bits (FOLD, code 4); only for sketches without
     * min-hash bits. Returns nothing.
     */
    public static Operation fold(String bin, int indexBitCount) {
        checkIndexBits(indexBitCount);
        return modify(bin, FOLD, indexBitCount);
    }

    // ---- read -----------------------------------------------------------------------------------

    /** The estimated number of distinct values added (COUNT, code 50). */
    public static Operation getCount(String bin) {
        return read(bin, COUNT);
    }

    /** The union of the bin and {@code sketches} as an HLL sketch (UNION, code 51). */
    public static Operation getUnion(String bin, List<?> sketches) {
        return read(bin, UNION, sketchList(sketches));
    }

    /** The estimated distinct count of the union of the bin and {@code sketches} (UNION_COUNT, code 52). */
    public static Operation getUnionCount(String bin, List<?> sketches) {
        return read(bin, UNION_COUNT, sketchList(sketches));
    }

    /** The estimated distinct count of the intersection of the bin and {@code sketches} (INTERSECT_COUNT, code 53). */
    public static Operation getIntersectCount(String bin, List<?> sketches) {
        return read(bin, INTERSECT_COUNT, sketchList(sketches));
    }

    /** The estimated Jaccard similarity of the bin and {@code sketches}, a double (SIMILARITY, code 54). */
    public static Operation getSimilarity(String bin, List<?> sketches) {
        return read(bin, SIMILARITY, sketchList(sketches));
    }

    /** The sketch's {@code [indexBitCount, minHashBitCount]} (DESCRIBE, code 55). */
    public static Operation describe(String bin) {
        return read(bin, DESCRIBE);
    }

    // ---- argument checks and packing ------------------------------------------------------------

    private static int flags(HllPolicy policy) {
        return Objects.requireNonNull(policy, "policy").writeFlags().code();
    }

    private static void checkIndexBits(int indexBitCount) {
        if (indexBitCount < MIN_INDEX_BITS || indexBitCount > MAX_INDEX_BITS) {
            throw new IllegalArgumentException("indexBitCount must be " + MIN_INDEX_BITS + ".." + MAX_INDEX_BITS
                + ", got " + indexBitCount);
        }
    }

    private static void checkBits(int indexBitCount, int minHashBitCount) {
        checkIndexBits(indexBitCount);
        if (minHashBitCount != 0 && (minHashBitCount < MIN_MINHASH_BITS || minHashBitCount > MAX_MINHASH_BITS)) {
            throw new IllegalArgumentException("minHashBitCount must be 0 or " + MIN_MINHASH_BITS + ".."
                + MAX_MINHASH_BITS + ", got " + minHashBitCount);
        }
        if (indexBitCount + minHashBitCount > MAX_TOTAL_BITS) {
            throw new IllegalArgumentException("indexBitCount + minHashBitCount must be at most " + MAX_TOTAL_BITS
                + ", got " + indexBitCount + " + " + minHashBitCount);
        }
    }

    private static List<?> checkValues(List<?> values) {
        return Objects.requireNonNull(values, "values");
    }

    /**
     * The sketches' bytes. The official client packs an {@code HLLValue} inside an operation payload with the
     * BLOB (4) prefix, not HLL (18), so the bytes are packed as plain blobs to stay byte-identical.
     */
    private static List<byte[]> sketchList(List<?> sketches) {
        Objects.requireNonNull(sketches, "sketches");
        byte[][] out = new byte[sketches.size()][];
        for (int i = 0; i < out.length; i++) {
            Object sketch = sketches.get(i);
            if (sketch instanceof byte[] bytes) {
                out[i] = bytes;
            } else if (sketch instanceof Value.BytesValue value && value.particleType() == ParticleType.HLL) {
                out[i] = value.value();
            } else {
                throw new IllegalArgumentException("sketches[" + i + "] must be a byte[] or an HLL BytesValue, got "
                    + describeType(sketch));
            }
        }
        return List.of(out);
    }

    private static String describeType(Object sketch) {
        if (sketch == null) {
            return "null";
        }
        if (sketch instanceof Value.BytesValue value) {
            return "a BytesValue of particle type " + value.particleType();
        }
        return sketch.getClass().getName();
    }

    private static Operation modify(String bin, int opCode, Object... args) {
        return new Operation(Operation.Type.HLL_MODIFY, bin, ApiAccess.owningBytes(pack(opCode, args), ParticleType.BLOB));
    }

    private static Operation read(String bin, int opCode, Object... args) {
        return new Operation(Operation.Type.HLL_READ, bin, ApiAccess.owningBytes(pack(opCode, args), ParticleType.BLOB));
    }

    private static byte[] pack(int opCode, Object... args) {
        MsgPackWriter writer = new MsgPackWriter(64);
        writer.packArrayHeader(args.length + 1);
        writer.packLong(opCode);
        for (Object arg : args) {
            writer.packObject(arg);
        }
        return writer.toByteArray();
    }
}
