package io.spikesdk.testkit.internal.bits;

import io.spikesdk.testkit.internal.cdt.CdtException;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MsgpackReader;
import java.util.Arrays;
import java.util.List;

import static io.spikesdk.testkit.internal.bits.BitFlags.CREATE_ONLY;
import static io.spikesdk.testkit.internal.bits.BitFlags.NO_FAIL;
import static io.spikesdk.testkit.internal.bits.BitFlags.PARTIAL;
import static io.spikesdk.testkit.internal.bits.BitFlags.PROTO_SIZE_MAX;
import static io.spikesdk.testkit.internal.bits.BitFlags.UPDATE_ONLY;

/**
 * Parses a bit op program {@code [code, args...]} as the server does: the op code must belong to the op family
 * (read or modify), the argument count must lie in the op's range, and each argument is checked in order
 * (every failure is PARAMETER_ERROR). Integers are read as 64-bit patterns, so a negative size or shift is huge.
 */
final class BitOpParser {
    private enum Arg {
        BYTE_OFFSET, OFFSET, INTEGER_SIZE, BYTE_SIZE, BYTE_SIZE_ALLOW_ZERO, SIZE, BOOLEAN, N_BITS, INTEGER, BUF, FLAGS,
        RESIZE_SUBFLAGS, ARITHMETIC_SUBFLAGS, GET_INT_SUBFLAGS
    }

    /** Argument layout and allowed write flags of one op. */
    private record Layout(int minArgs, long allowedFlags, Arg... args) {
    }

    private static final long WRITE_FLAGS = UPDATE_ONLY | NO_FAIL | PARTIAL;
    private static final Layout[] MODIFY = {
        new Layout(1, CREATE_ONLY | UPDATE_ONLY | NO_FAIL, Arg.BYTE_SIZE_ALLOW_ZERO, Arg.FLAGS, Arg.RESIZE_SUBFLAGS),
        new Layout(2, CREATE_ONLY | UPDATE_ONLY | NO_FAIL, Arg.BYTE_OFFSET, Arg.BUF, Arg.FLAGS),
        new Layout(2, WRITE_FLAGS, Arg.BYTE_OFFSET, Arg.BYTE_SIZE, Arg.FLAGS),
        new Layout(3, WRITE_FLAGS, Arg.OFFSET, Arg.SIZE, Arg.BUF, Arg.FLAGS),
        new Layout(3, WRITE_FLAGS, Arg.OFFSET, Arg.SIZE, Arg.BUF, Arg.FLAGS),
        new Layout(3, WRITE_FLAGS, Arg.OFFSET, Arg.SIZE, Arg.BUF, Arg.FLAGS),
        new Layout(3, WRITE_FLAGS, Arg.OFFSET, Arg.SIZE, Arg.BUF, Arg.FLAGS),
        new Layout(2, WRITE_FLAGS, Arg.OFFSET, Arg.SIZE, Arg.FLAGS),
        new Layout(3, WRITE_FLAGS, Arg.OFFSET, Arg.SIZE, Arg.N_BITS, Arg.FLAGS),
        new Layout(3, WRITE_FLAGS, Arg.OFFSET, Arg.SIZE, Arg.N_BITS, Arg.FLAGS),
        new Layout(3, UPDATE_ONLY | NO_FAIL, Arg.OFFSET, Arg.INTEGER_SIZE, Arg.INTEGER, Arg.FLAGS,
                Arg.ARITHMETIC_SUBFLAGS),
        new Layout(3, UPDATE_ONLY | NO_FAIL, Arg.OFFSET, Arg.INTEGER_SIZE, Arg.INTEGER, Arg.FLAGS,
                Arg.ARITHMETIC_SUBFLAGS),
        new Layout(3, UPDATE_ONLY | NO_FAIL, Arg.OFFSET, Arg.INTEGER_SIZE, Arg.INTEGER, Arg.FLAGS),
    };
    private static final Layout[] READ = {
        new Layout(2, 0, Arg.OFFSET, Arg.SIZE),
        new Layout(2, 0, Arg.OFFSET, Arg.SIZE),
        new Layout(3, 0, Arg.OFFSET, Arg.SIZE, Arg.BOOLEAN),
        new Layout(3, 0, Arg.OFFSET, Arg.SIZE, Arg.BOOLEAN),
        new Layout(2, 0, Arg.OFFSET, Arg.INTEGER_SIZE, Arg.GET_INT_SUBFLAGS),
    };

    private int code;
    private long offset;
    private long size;
    private long value;
    private byte[] buf;
    private long flags;
    private long subflags;

    private BitOpParser() {
    }

    /** Parses {@code program}; {@code read} selects the op family (codes 50..54, else 0..12). */
    static BitOp parse(byte[] program, boolean read) throws BitException {
        Element root;
        try {
            root = MsgpackReader.readFully(program);
        } catch (CdtException e) {
            throw BitException.param("malformed bit op: " + e.getMessage());
        }
        if (!(root instanceof MpList list) || list.size() == 0) {
            throw BitException.param("bit op must be a non-empty array");
        }
        return new BitOpParser().parse(list.items, read);
    }

    private BitOp parse(List<Element> items, boolean read) throws BitException {
        long op = unsigned(items.get(0));
        Layout layout;
        if (read ? !BitFlags.isRead((int) op) || op != (int) op : !BitFlags.isModify((int) op) || op != (int) op) {
            throw BitException.param("bit op " + Long.toUnsignedString(op) + " is not a " + (read ? "read" : "modify")
                    + " op");
        }
        code = (int) op;
        layout = read ? READ[code - BitFlags.GET] : MODIFY[code];
        int nArgs = items.size() - 1;
        if (nArgs < layout.minArgs() || nArgs > layout.args().length) {
            throw BitException.param("bit op " + code + ": unexpected number of args " + nArgs);
        }
        for (int i = 0; i < nArgs; i++) {
            parseArg(layout.args()[i], items.get(i + 1), layout.allowedFlags());
        }
        return new BitOp(code, offset, size, value, buf, flags, subflags);
    }

    private void parseArg(Arg arg, Element e, long allowedFlags) throws BitException {
        switch (arg) {
            case BYTE_OFFSET -> {
                long v = unsigned(e);
                if (Math.abs(v) > PROTO_SIZE_MAX) {
                    throw BitException.param("byte offset " + v + " larger than max");
                }
                offset = (long) (int) v * 8;
            }
            case OFFSET -> {
                long v = unsigned(e);
                if (Math.abs(v) > PROTO_SIZE_MAX * 8) {
                    throw BitException.param("bit offset " + v + " larger than max");
                }
                offset = (int) v;
            }
            case INTEGER_SIZE -> {
                long v = unsigned(e);
                if (v == 0 || Long.compareUnsigned(v, 64) > 0) {
                    throw BitException.param("integer size must be 1..64");
                }
                size = v;
            }
            case BYTE_SIZE, BYTE_SIZE_ALLOW_ZERO -> {
                long v = unsigned(e);
                if ((v == 0 && arg == Arg.BYTE_SIZE) || Long.compareUnsigned(v, PROTO_SIZE_MAX) > 0) {
                    throw BitException.param("byte size " + Long.toUnsignedString(v) + " out of range");
                }
                size = v * 8;
            }
            case SIZE -> {
                long v = unsigned(e);
                if (v == 0 || Long.compareUnsigned(v, PROTO_SIZE_MAX * 8) > 0) {
                    throw BitException.param("bit size " + Long.toUnsignedString(v) + " out of range");
                }
                size = v;
            }
            case BOOLEAN -> {
                if (!(e instanceof MpBool b)) {
                    throw BitException.param("expected a boolean");
                }
                value = b.value() ? 1 : 0;
            }
            case N_BITS -> {
                value = unsigned(e);
                if (Long.compareUnsigned(value, PROTO_SIZE_MAX * 8) > 0) {
                    throw BitException.param("shift " + Long.toUnsignedString(value) + " larger than max");
                }
            }
            case INTEGER -> value = unsigned(e);
            case BUF -> parseBuf(e);
            case FLAGS -> {
                flags = unsigned(e);
                if ((flags & ~allowedFlags) != 0 || ((flags & CREATE_ONLY) != 0 && (flags & UPDATE_ONLY) != 0)) {
                    throw BitException.param("invalid flags 0x" + Long.toHexString(flags));
                }
            }
            case RESIZE_SUBFLAGS -> subflags(e, BitFlags.FROM_FRONT | BitFlags.GROW_ONLY | BitFlags.SHRINK_ONLY,
                    BitFlags.GROW_ONLY | BitFlags.SHRINK_ONLY);
            case ARITHMETIC_SUBFLAGS -> subflags(e, BitFlags.SIGNED | BitFlags.SATURATE | BitFlags.WRAP,
                    BitFlags.SATURATE | BitFlags.WRAP);
            case GET_INT_SUBFLAGS -> subflags(e, BitFlags.SIGNED, 0);
            default -> throw new IllegalStateException(arg.name());
        }
    }

    /**
     * The payload's first byte is a type byte the server skips. A payload of the type byte alone is rejected; an
     * empty one is rejected here too (no client sends it; the server would read it as a 4-gigabit buffer).
     */
    private void parseBuf(Element e) throws BitException {
        if (!(e instanceof MpBytes bytes) || bytes.payload().length <= 1) {
            throw BitException.param("invalid bit payload");
        }
        byte[] payload = bytes.payload();
        long bits = (long) (payload.length - 1) * 8;
        if (size != 0 && bits < size) {
            throw BitException.param("payload has " + bits + " bits, fewer than size " + size);
        }
        if (size == 0) {
            size = bits;
        }
        buf = Arrays.copyOfRange(payload, 1, payload.length);
    }

    private void subflags(Element e, long allowed, long exclusive) throws BitException {
        subflags = unsigned(e);
        if ((subflags & ~allowed) != 0 || (exclusive != 0 && (subflags & exclusive) == exclusive)) {
            throw BitException.param("invalid subflags 0x" + Long.toHexString(subflags));
        }
    }

    /** Any msgpack integer, as its 64-bit pattern. */
    private static long unsigned(Element e) throws BitException {
        if (!(e instanceof MpInt i)) {
            throw BitException.param("expected an integer");
        }
        return i.value();
    }
}
