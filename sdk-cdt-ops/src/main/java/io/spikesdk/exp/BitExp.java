package io.spikesdk.exp;

import io.spikesdk.cdt.BitOverflowAction;
import io.spikesdk.cdt.BitPolicy;
import io.spikesdk.cdt.BitResizeFlags;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

/**
 * Bit reads and modifies on blobs inside expressions, mirroring the official client's {@code BitExp}.
 *
 * <p>Each factory runs one bit operation (the same op codes, arguments and semantics as
 * {@link io.spikesdk.cdt.BitOperations}) on the blob produced by {@code bin} (usually {@link Exp#blobBin}).
 * Offsets, sizes and values are expressions, so they may be computed from other bins; offsets and sizes are in
 * bits except for {@code resize}, {@code insert} and {@code remove}, which count bytes.
 *
 * <p>Reads return an INT ({@code get} a BLOB); an operation error (a window outside the blob, a missing bin ...)
 * makes the expression UNKNOWN. Modifies work on a private copy and return the whole modified blob; the record
 * changes only when the result is written with {@link ExpOperations#write}.
 */
public final class BitExp {
    private static final int SYSTEM_BITS = 1;
    private static final int MODIFY_LOCAL = 0x40;
    private static final int RESIZE = 0;
    private static final int INSERT = 1;
    private static final int REMOVE = 2;
    private static final int SET = 3;
    private static final int OR = 4;
    private static final int XOR = 5;
    private static final int AND = 6;
    private static final int NOT = 7;
    private static final int LSHIFT = 8;
    private static final int RSHIFT = 9;
    private static final int ADD = 10;
    private static final int SUBTRACT = 11;
    private static final int SET_INT = 12;
    private static final int GET = 50;
    private static final int COUNT = 51;
    private static final int LSCAN = 52;
    private static final int RSCAN = 53;
    private static final int GET_INT = 54;
    private static final int INT_FLAGS_SIGNED = 1;

    private BitExp() {
    }

    // ------------------------------------------------------------------------------------------ modify

    /** Resizes the blob to {@code byteSize} bytes, at the end or ({@code FROM_FRONT}) the front. {@code [0, size, flags, resizeFlags]}. */
    public static Exp resize(BitPolicy policy, Exp byteSize, BitResizeFlags resizeFlags, Exp bin) {
        Exp.requireNonNull(resizeFlags, "resize flags");
        return modify(bin, RESIZE, byteSize, flags(policy), Packed.integer(resizeFlags.code()));
    }

    /** Inserts the blob {@code value} at {@code byteOffset}. {@code [1, offset, value, flags]}. */
    public static Exp insert(BitPolicy policy, Exp byteOffset, Exp value, Exp bin) {
        return modify(bin, INSERT, byteOffset, value, flags(policy));
    }

    /** Removes {@code byteSize} bytes at {@code byteOffset}. {@code [2, offset, size, flags]}. */
    public static Exp remove(BitPolicy policy, Exp byteOffset, Exp byteSize, Exp bin) {
        return modify(bin, REMOVE, byteOffset, byteSize, flags(policy));
    }

    /** Overwrites {@code bitSize} bits at {@code bitOffset} with the leading bits of {@code value}. {@code [3, offset, size, value, flags]}. */
    public static Exp set(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp value, Exp bin) {
        return modify(bin, SET, bitOffset, bitSize, value, flags(policy));
    }

    /** ORs the bits with the leading bits of {@code value}. {@code [4, offset, size, value, flags]}. */
    public static Exp or(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp value, Exp bin) {
        return modify(bin, OR, bitOffset, bitSize, value, flags(policy));
    }

    /** XORs the bits with the leading bits of {@code value}. {@code [5, offset, size, value, flags]}. */
    public static Exp xor(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp value, Exp bin) {
        return modify(bin, XOR, bitOffset, bitSize, value, flags(policy));
    }

    /** ANDs the bits with the leading bits of {@code value}. {@code [6, offset, size, value, flags]}. */
    public static Exp and(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp value, Exp bin) {
        return modify(bin, AND, bitOffset, bitSize, value, flags(policy));
    }

    /** Inverts the bits. {@code [7, offset, size, flags]}. */
    public static Exp not(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp bin) {
        return modify(bin, NOT, bitOffset, bitSize, flags(policy));
    }

    /** Shifts the bits of the range left by {@code shift}, filling with zeros. {@code [8, offset, size, shift, flags]}. */
    public static Exp lshift(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp shift, Exp bin) {
        return modify(bin, LSHIFT, bitOffset, bitSize, shift, flags(policy));
    }

    /** Shifts the bits of the range right by {@code shift}, filling with zeros. {@code [9, offset, size, shift, flags]}. */
    public static Exp rshift(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp shift, Exp bin) {
        return modify(bin, RSHIFT, bitOffset, bitSize, shift, flags(policy));
    }

    /**
     * Adds {@code value} to the integer field of {@code bitSize} (1..64) bits, {@code signed} or not, handling
     * overflow by {@code action}. {@code [10, offset, size, value, flags, action|signed]}.
     */
    public static Exp add(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp value, boolean signed,
                          BitOverflowAction action, Exp bin) {
        return modify(bin, ADD, bitOffset, bitSize, value, flags(policy), intFlags(signed, action));
    }

    /** Subtracts {@code value} from the integer field, like {@link #add}. {@code [11, offset, size, value, flags, action|signed]}. */
    public static Exp subtract(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp value, boolean signed,
                               BitOverflowAction action, Exp bin) {
        return modify(bin, SUBTRACT, bitOffset, bitSize, value, flags(policy), intFlags(signed, action));
    }

    /** Stores {@code value} in the integer field of {@code bitSize} (1..64) bits. {@code [12, offset, size, value, flags]}. */
    public static Exp setInt(BitPolicy policy, Exp bitOffset, Exp bitSize, Exp value, Exp bin) {
        return modify(bin, SET_INT, bitOffset, bitSize, value, flags(policy));
    }

    // ------------------------------------------------------------------------------------------ read

    /** The {@code bitSize} bits at {@code bitOffset} as a left-aligned BLOB. {@code [50, offset, size]}. */
    public static Exp get(Exp bitOffset, Exp bitSize, Exp bin) {
        return read(bin, Exp.Type.BLOB, GET, bitOffset, bitSize);
    }

    /** How many bits of the range are 1, as an INT. {@code [51, offset, size]}. */
    public static Exp count(Exp bitOffset, Exp bitSize, Exp bin) {
        return read(bin, Exp.Type.INT, COUNT, bitOffset, bitSize);
    }

    /** Position of the first bit equal to the boolean {@code value} in the range, or -1. {@code [52, offset, size, value]}. */
    public static Exp lscan(Exp bitOffset, Exp bitSize, Exp value, Exp bin) {
        return read(bin, Exp.Type.INT, LSCAN, bitOffset, bitSize, value);
    }

    /** Position of the last bit equal to the boolean {@code value} in the range, or -1. {@code [53, offset, size, value]}. */
    public static Exp rscan(Exp bitOffset, Exp bitSize, Exp value, Exp bin) {
        return read(bin, Exp.Type.INT, RSCAN, bitOffset, bitSize, value);
    }

    /**
     * The integer field of {@code bitSize} (1..64) bits, sign extended when {@code signed} (the flag is only sent
     * when set, as the official client does). {@code [54, offset, size(, 1)]}.
     */
    public static Exp getInt(Exp bitOffset, Exp bitSize, boolean signed, Exp bin) {
        return signed ? read(bin, Exp.Type.INT, GET_INT, bitOffset, bitSize, Packed.integer(INT_FLAGS_SIGNED))
                : read(bin, Exp.Type.INT, GET_INT, bitOffset, bitSize);
    }

    // ------------------------------------------------------------------------------------------ packing

    private static Exp flags(BitPolicy policy) {
        Exp.requireNonNull(policy, "bit policy");
        return Packed.integer(policy.writeFlags().code());
    }

    private static Exp intFlags(boolean signed, BitOverflowAction action) {
        Exp.requireNonNull(action, "overflow action");
        return Packed.integer(action.code() | (signed ? INT_FLAGS_SIGNED : 0));
    }

    private static Exp modify(Exp bin, int opCode, Exp... args) {
        return call(Exp.Type.BLOB, SYSTEM_BITS | MODIFY_LOCAL, bin, opCode, args);
    }

    private static Exp read(Exp bin, Exp.Type resultType, int opCode, Exp... args) {
        return call(resultType, SYSTEM_BITS, bin, opCode, args);
    }

    /** {@code [127, resultType, system, [opCode, args...], bin]}. */
    private static Exp call(Exp.Type resultType, int system, Exp bin, int opCode, Exp[] args) {
        Exp.requireOperand(bin);
        MsgPackWriter out = new MsgPackWriter();
        out.packArrayHeader(args.length + 1);
        out.packLong(opCode);
        for (Exp arg : args) {
            Exp.requireOperand(arg).pack(out);
        }
        return new Command(Exp.CALL, Packed.integer(resultType.code()), Packed.integer(system),
                Packed.ofOwned(out.toByteArray()), bin);
    }
}
