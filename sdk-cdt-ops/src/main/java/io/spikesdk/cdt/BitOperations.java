package io.spikesdk.cdt;

import io.spikesdk.api.Operation;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.cdt.internal.CdtPayload;

/**
 * Builds bit operations on blob bins for {@code AerospikeClient.operate}, producing exactly the bytes
 * of the official client's {@code BitOperation} for the same arguments. Like the official Java client's
 * (and the server's parser), they apply to a top-level blob bin only: they take no {@link CTX}.
 *
 * <p>Offsets and sizes of {@code set}…{@code getInt} are in bits, those of {@code resize}, {@code insert}
 * and {@code remove} in bytes; a negative offset counts from the end of the blob. Modify operations
 * carry a {@link BitPolicy}; the integer operations work on fields of at most 64 bits. The server
 * enforces ranges; this class only rejects missing (null) arguments, with an
 * {@link IllegalArgumentException} naming the argument.
 */
public final class BitOperations {
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

    /** Bit operations take no context: neither the server nor the official client nests them in a CDT. */
    private static final CTX[] NO_CONTEXT = new CTX[0];

    /** The int-flags bit that makes add/subtract/getInt treat the field as signed. */
    private static final int INT_FLAGS_SIGNED = 1;

    private BitOperations() {
    }

    // ---- modify -------------------------------------------------------------------------------

    /**
     * Resizes the blob to {@code byteSize} bytes (code 0; spec {@code OP_BIT_RESIZE}), adding zero bytes
     * or removing bytes at the end, or at the front with {@link BitResizeFlags#FROM_FRONT}. Creates the
     * blob when missing. Returns nothing.
     */
    public static Operation resize(BitPolicy policy, String bin, int byteSize, BitResizeFlags resizeFlags) {
        return modify(bin, RESIZE, byteSize, flags(policy), require(resizeFlags, "resizeFlags").code());
    }

    /** Inserts {@code value} at {@code byteOffset} (code 1; spec {@code OP_BIT_INSERT}), padding with zeros past the end. */
    public static Operation insert(BitPolicy policy, String bin, int byteOffset, byte[] value) {
        return modify(bin, INSERT, byteOffset, require(value, "value"), flags(policy));
    }

    /** Removes {@code byteSize} bytes at {@code byteOffset} (code 2; spec {@code OP_BIT_REMOVE}). */
    public static Operation remove(BitPolicy policy, String bin, int byteOffset, int byteSize) {
        return modify(bin, REMOVE, byteOffset, byteSize, flags(policy));
    }

    /** Overwrites {@code bitSize} bits at {@code bitOffset} with the leading bits of {@code value} (code 3; spec {@code OP_BIT_SET}). */
    public static Operation set(BitPolicy policy, String bin, int bitOffset, int bitSize, byte[] value) {
        return modify(bin, SET, bitOffset, bitSize, require(value, "value"), flags(policy));
    }

    /** ORs the leading {@code bitSize} bits of {@code value} into the range (code 4; spec {@code OP_BIT_OR}). */
    public static Operation or(BitPolicy policy, String bin, int bitOffset, int bitSize, byte[] value) {
        return modify(bin, OR, bitOffset, bitSize, require(value, "value"), flags(policy));
    }

    /** XORs the leading {@code bitSize} bits of {@code value} into the range (code 5; spec {@code OP_BIT_XOR}). */
    public static Operation xor(BitPolicy policy, String bin, int bitOffset, int bitSize, byte[] value) {
        return modify(bin, XOR, bitOffset, bitSize, require(value, "value"), flags(policy));
    }

    /** ANDs the leading {@code bitSize} bits of {@code value} into the range (code 6; spec {@code OP_BIT_AND}). */
    public static Operation and(BitPolicy policy, String bin, int bitOffset, int bitSize, byte[] value) {
        return modify(bin, AND, bitOffset, bitSize, require(value, "value"), flags(policy));
    }

    /** Inverts {@code bitSize} bits at {@code bitOffset} (code 7; spec {@code OP_BIT_NOT}). */
    public static Operation not(BitPolicy policy, String bin, int bitOffset, int bitSize) {
        return modify(bin, NOT, bitOffset, bitSize, flags(policy));
    }

    /** Shifts the range left by {@code shift} bits, filling with zeros (code 8; spec {@code OP_BIT_LSHIFT}). */
    public static Operation lshift(BitPolicy policy, String bin, int bitOffset, int bitSize, int shift) {
        return modify(bin, LSHIFT, bitOffset, bitSize, shift, flags(policy));
    }

    /** Shifts the range right by {@code shift} bits, filling with zeros (code 9; spec {@code OP_BIT_RSHIFT}). */
    public static Operation rshift(BitPolicy policy, String bin, int bitOffset, int bitSize, int shift) {
        return modify(bin, RSHIFT, bitOffset, bitSize, shift, flags(policy));
    }

    /**
     * Adds {@code value} to the big-endian integer field of {@code bitSize} bits (code 10; spec
     * {@code OP_BIT_ADD}), {@code signed} or not, handling overflow by {@code action}.
     */
    public static Operation add(BitPolicy policy, String bin, int bitOffset, int bitSize, long value,
                                boolean signed, BitOverflowAction action) {
        return math(ADD, policy, bin, bitOffset, bitSize, value, signed, action);
    }

    /** Subtracts {@code value} from the integer field, like {@link #add} (code 11; spec {@code OP_BIT_SUBTRACT}). */
    public static Operation subtract(BitPolicy policy, String bin, int bitOffset, int bitSize, long value,
                                     boolean signed, BitOverflowAction action) {
        return math(SUBTRACT, policy, bin, bitOffset, bitSize, value, signed, action);
    }

    /** Stores {@code value} in the integer field of {@code bitSize} bits (code 12; spec {@code OP_BIT_SET_INT}). */
    public static Operation setInt(BitPolicy policy, String bin, int bitOffset, int bitSize, long value) {
        return modify(bin, SET_INT, bitOffset, bitSize, value, flags(policy));
    }

    // ---- read ---------------------------------------------------------------------------------

    /** Returns the {@code bitSize} bits at {@code bitOffset} as a blob, left-aligned (code 50; spec {@code OP_BIT_GET}). */
    public static Operation get(String bin, int bitOffset, int bitSize) {
        return read(bin, GET, bitOffset, bitSize);
    }

    /** Returns how many bits of the range are 1 (code 51; spec {@code OP_BIT_COUNT}). */
    public static Operation count(String bin, int bitOffset, int bitSize) {
        return read(bin, COUNT, bitOffset, bitSize);
    }

    /** Returns the position, counted from {@code bitOffset}, of the first bit equal to {@code value}, or -1 when none (code 52; spec {@code OP_BIT_LSCAN}). */
    public static Operation lscan(String bin, int bitOffset, int bitSize, boolean value) {
        return read(bin, LSCAN, bitOffset, bitSize, value);
    }

    /** Returns the position, counted from {@code bitOffset}, of the last bit equal to {@code value}, or -1 when none (code 53; spec {@code OP_BIT_RSCAN}). */
    public static Operation rscan(String bin, int bitOffset, int bitSize, boolean value) {
        return read(bin, RSCAN, bitOffset, bitSize, value);
    }

    /**
     * Returns the integer field of {@code bitSize} bits (code 54; spec {@code OP_BIT_GET_INT}), sign
     * extended when {@code signed} (the signed flag is only sent when set, as the official client does).
     */
    public static Operation getInt(String bin, int bitOffset, int bitSize, boolean signed) {
        return signed ? read(bin, GET_INT, bitOffset, bitSize, INT_FLAGS_SIGNED)
            : read(bin, GET_INT, bitOffset, bitSize);
    }

    // ---- packing ------------------------------------------------------------------------------

    private static Operation math(int opCode, BitPolicy policy, String bin, int bitOffset, int bitSize, long value,
                                  boolean signed, BitOverflowAction action) {
        int intFlags = require(action, "action").code() | (signed ? INT_FLAGS_SIGNED : 0);
        return modify(bin, opCode, bitOffset, bitSize, value, flags(policy), intFlags);
    }

    private static int flags(BitPolicy policy) {
        return require(policy, "policy").writeFlags().code();
    }

    private static <T> T require(T argument, String name) {
        if (argument == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return argument;
    }

    private static Operation modify(String bin, int opCode, Object... args) {
        return operation(Operation.Type.BIT_MODIFY, bin, opCode, args);
    }

    private static Operation read(String bin, int opCode, Object... args) {
        return operation(Operation.Type.BIT_READ, bin, opCode, args);
    }

    private static Operation operation(Operation.Type type, String bin, int opCode, Object[] args) {
        require(bin, "bin");
        return new Operation(type, bin, ApiAccess.owningBytes(CdtPayload.pack(opCode, NO_CONTEXT, args), CdtPayload.BLOB));
    }
}
