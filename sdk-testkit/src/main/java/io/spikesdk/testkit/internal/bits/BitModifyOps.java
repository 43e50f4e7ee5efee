package io.spikesdk.testkit.internal.bits;

import java.util.Arrays;

import static io.spikesdk.testkit.internal.bits.BitFlags.NO_FAIL;
import static io.spikesdk.testkit.internal.bits.BitFlags.PARTIAL;

/**
 * The modify ops on a blob (particle_blob.c semantics): where each op may act, and what it writes. Every failure
 * that NO_FAIL covers turns into "no change" (null) instead.
 */
final class BitModifyOps {
    private BitModifyOps() {
    }

    /**
     * Applies {@code op} to {@code old} (null when the bin is absent; the caller has checked that the op may create
     * it) and returns the new blob, or null when nothing changes.
     */
    static byte[] apply(BitOp op, byte[] old) throws BitException {
        if (old == null && op.offset() < 0) {
            throw BitException.param("negative offset on an absent bin");
        }
        byte[] blob = old == null ? new byte[0] : old;
        BitWindow w = BitWindow.of(op, blob.length);
        byte[] out = switch (op.code()) {
            case BitFlags.RESIZE -> resize(op, blob);
            case BitFlags.INSERT -> insert(op, blob, w);
            case BitFlags.REMOVE -> remove(op, blob, w);
            case BitFlags.ADD, BitFlags.SUBTRACT, BitFlags.SET_INT -> integer(op, blob, w);
            default -> bitwise(op, blob, w);
        };
        if (out != null && out.length >= BitFlags.PROTO_SIZE_MAX) {
            throw BitException.param("resulting blob of " + out.length + " bytes is too large");
        }
        return out;
    }

    private static byte[] resize(BitOp op, byte[] blob) throws BitException {
        long target = op.size() / 8;
        boolean fromFront = op.hasSub(BitFlags.FROM_FRONT);
        if (target == blob.length) {
            return null;
        }
        if (target < blob.length) {
            if (op.hasSub(BitFlags.GROW_ONLY)) {
                return noFail(op, BitException.param("resize would shrink with GROW_ONLY"));
            }
            int drop = blob.length - (int) target;
            return fromFront ? Arrays.copyOfRange(blob, drop, blob.length) : Arrays.copyOf(blob, (int) target);
        }
        if (op.hasSub(BitFlags.SHRINK_ONLY)) {
            return noFail(op, BitException.param("resize would grow with SHRINK_ONLY"));
        }
        if (target >= BitFlags.PROTO_SIZE_MAX) {
            throw BitException.param("resulting blob of " + target + " bytes is too large");
        }
        byte[] out = new byte[(int) target];
        System.arraycopy(blob, 0, out, fromFront ? out.length - blob.length : 0, blob.length);
        return out;
    }

    /** Inserts the payload at a byte offset; past the end, the gap is filled with zeros. */
    private static byte[] insert(BitOp op, byte[] blob, BitWindow w) throws BitException {
        long at = w.byteOffset();
        int n = op.buf().length;
        long size = Math.max(at, blob.length) + n;
        if (size >= BitFlags.PROTO_SIZE_MAX) {
            throw BitException.param("resulting blob of " + size + " bytes is too large");
        }
        byte[] out = new byte[(int) size];
        if (at >= blob.length) {
            System.arraycopy(blob, 0, out, 0, blob.length);
            System.arraycopy(op.buf(), 0, out, (int) at, n);
        } else {
            System.arraycopy(blob, 0, out, 0, (int) at);
            System.arraycopy(op.buf(), 0, out, (int) at, n);
            System.arraycopy(blob, (int) at, out, (int) at + n, blob.length - (int) at);
        }
        return out;
    }

    private static byte[] remove(BitOp op, byte[] blob, BitWindow w) throws BitException {
        long at = w.byteOffset();
        if (at >= blob.length) {
            return noFail(op, BitException.param("remove starts past the end of the blob"));
        }
        long end = at + w.spanBytes();
        if (end > blob.length) {
            if (!op.has(PARTIAL)) {
                return noFail(op, BitException.param("remove runs past the end of the blob without PARTIAL"));
            }
            end = blob.length;
        }
        byte[] out = new byte[blob.length - (int) (end - at)];
        System.arraycopy(blob, 0, out, 0, (int) at);
        System.arraycopy(blob, (int) end, out, (int) at, blob.length - (int) end);
        return out;
    }

    /**
     * SET, OR, XOR, AND, NOT, LSHIFT, RSHIFT. With PARTIAL a window running past the end is cut at the end of the
     * blob. (The real CE 8.1.2.0 server miscomputes the cut size when the window starts past the blob's first byte
     * — it keeps the bits before the window's byte in the count — and then writes past its buffer and crashes; here
     * the window is cut where PARTIAL says, at the blob's last bit.)
     */
    private static byte[] bitwise(BitOp op, byte[] blob, BitWindow w) throws BitException {
        if (w.byteOffset() >= blob.length) {
            return noFail(op, BitException.notApplicable("bit op would expand the blob"));
        }
        if (w.byteOffset() + w.spanBytes() > blob.length) {
            if (!op.has(PARTIAL)) {
                return noFail(op, BitException.notApplicable("bit op runs past the end of the blob without PARTIAL"));
            }
            w = w.withSize((blob.length - w.byteOffset()) * 8 - w.bitInByte());
        }
        byte[] out = blob.clone();
        long start = w.startBit();
        long n = w.size();
        switch (op.code()) {
            case BitFlags.SET, BitFlags.OR, BitFlags.XOR, BitFlags.AND -> {
                for (long i = 0; i < n; i++) {
                    int a = Bits.get(blob, start + i);
                    int b = Bits.get(op.buf(), i);
                    int r = switch (op.code()) {
                        case BitFlags.SET -> b;
                        case BitFlags.OR -> a | b;
                        case BitFlags.XOR -> a ^ b;
                        default -> a & b;
                    };
                    Bits.put(out, start + i, r);
                }
            }
            case BitFlags.NOT -> {
                for (long i = 0; i < n; i++) {
                    Bits.put(out, start + i, Bits.get(blob, start + i) ^ 1);
                }
            }
            case BitFlags.LSHIFT, BitFlags.RSHIFT -> {
                long shift = op.value();
                boolean left = op.code() == BitFlags.LSHIFT;
                for (long i = 0; i < n; i++) {
                    long from = left ? i + shift : i - shift;
                    boolean inside = shift < n && from >= 0 && from < n;
                    Bits.put(out, start + i, inside ? Bits.get(blob, start + from) : 0);
                }
            }
            default -> throw new IllegalStateException("bit op " + op.code());
        }
        return out;
    }

    /** ADD, SUBTRACT, SET_INT: the window must lie inside the blob; overflow handling per the sub-flags. */
    private static byte[] integer(BitOp op, byte[] blob, BitWindow w) throws BitException {
        if (w.byteOffset() >= blob.length || w.byteOffset() + w.spanBytes() > blob.length) {
            return noFail(op, BitException.notApplicable("integer window not inside the blob"));
        }
        int n = (int) w.size();
        long start = w.startBit();
        long result;
        if (op.code() == BitFlags.SET_INT) {
            result = op.value() & Bits.mask(n);
        } else {
            Long r = IntegerArithmetic.apply(op, Bits.load(blob, start, n), n);
            if (r == null) {
                return noFail(op, BitException.notApplicable("integer overflow"));
            }
            result = r;
        }
        byte[] out = blob.clone();
        Bits.store(out, start, n, result);
        return out;
    }

    private static byte[] noFail(BitOp op, BitException failure) throws BitException {
        if (op.has(NO_FAIL)) {
            return null;
        }
        throw failure;
    }
}
