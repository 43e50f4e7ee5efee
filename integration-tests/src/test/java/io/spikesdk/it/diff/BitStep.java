package io.spikesdk.it.diff;

import com.aerospike.client.Operation;
import com.aerospike.client.exp.BitExp;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.operation.BitOperation;
import com.aerospike.client.operation.BitOverflowAction;
import com.aerospike.client.operation.BitPolicy;

import java.util.HexFormat;
import java.util.Set;

/**
 * One bit operation as data, buildable as an operation on a bin or as a {@link BitExp} on a blob expression.
 * {@code offset}/{@code size} are bits, or bytes for resize/insert/remove; {@code value} is the shift, the integer
 * operand or the scan bit (0/1); {@code flags} the write flags; {@code extra} the resize flags, or for add/subtract
 * the overflow action (0 FAIL, 2 SATURATE, 4 WRAP) plus 1 when signed, or 1 for a signed getInt.
 */
record BitStep(String name, String bin, int offset, int size, long value, byte[] buf, int flags, int extra) {
    static final Set<String> READS = Set.of("get", "count", "lscan", "rscan", "getInt");
    /** The ops whose PARTIAL window the real server cuts wrongly (see {@link #knownCrash}). */
    private static final Set<String> PARTIAL_WINDOW = Set.of("set", "or", "xor", "and", "not", "lshift", "rshift");
    private static final int PARTIAL = 8;

    boolean read() {
        return READS.contains(name);
    }

    /** The result type of the step as an expression. */
    Exp.Type expType() {
        return !read() ? Exp.Type.BLOB : name.equals("get") ? Exp.Type.BLOB : Exp.Type.INT;
    }

    /**
     * CE 8.1.2.0 crashes on a PARTIAL write whose window starts past the blob's first byte and runs past its end.
     * Blob sizes change along a call, so PARTIAL is only sent with an offset inside the first byte.
     */
    boolean knownCrash() {
        return PARTIAL_WINDOW.contains(name) && (flags & PARTIAL) != 0 && (offset < 0 || offset >= 8);
    }

    BitStep withFlags(int newFlags) {
        return new BitStep(name, bin, offset, size, value, buf, newFlags, extra);
    }

    BitStep withOffset(int newOffset) {
        return new BitStep(name, bin, newOffset, size, value, buf, flags, extra);
    }

    private BitOverflowAction action() {
        return switch (extra & 6) {
            case 2 -> BitOverflowAction.SATURATE;
            case 4 -> BitOverflowAction.WRAP;
            default -> BitOverflowAction.FAIL;
        };
    }

    private boolean signed() {
        return (extra & 1) != 0;
    }

    Operation operation() {
        BitPolicy p = new BitPolicy(flags);
        return switch (name) {
            case "resize" -> BitOperation.resize(p, bin, size, extra);
            case "insert" -> BitOperation.insert(p, bin, offset, buf);
            case "remove" -> BitOperation.remove(p, bin, offset, size);
            case "set" -> BitOperation.set(p, bin, offset, size, buf);
            case "or" -> BitOperation.or(p, bin, offset, size, buf);
            case "xor" -> BitOperation.xor(p, bin, offset, size, buf);
            case "and" -> BitOperation.and(p, bin, offset, size, buf);
            case "not" -> BitOperation.not(p, bin, offset, size);
            case "lshift" -> BitOperation.lshift(p, bin, offset, size, (int) value);
            case "rshift" -> BitOperation.rshift(p, bin, offset, size, (int) value);
            case "add" -> BitOperation.add(p, bin, offset, size, value, signed(), action());
            case "subtract" -> BitOperation.subtract(p, bin, offset, size, value, signed(), action());
            case "setInt" -> BitOperation.setInt(p, bin, offset, size, value);
            case "get" -> BitOperation.get(bin, offset, size);
            case "count" -> BitOperation.count(bin, offset, size);
            case "lscan" -> BitOperation.lscan(bin, offset, size, value != 0);
            case "rscan" -> BitOperation.rscan(bin, offset, size, value != 0);
            case "getInt" -> BitOperation.getInt(bin, offset, size, signed());
            default -> throw new IllegalStateException(name);
        };
    }

    Exp expression(Exp blob) {
        BitPolicy p = new BitPolicy(flags);
        Exp off = Exp.val(offset);
        Exp sz = Exp.val(size);
        return switch (name) {
            case "resize" -> BitExp.resize(p, sz, extra, blob);
            case "insert" -> BitExp.insert(p, off, Exp.val(buf), blob);
            case "remove" -> BitExp.remove(p, off, sz, blob);
            case "set" -> BitExp.set(p, off, sz, Exp.val(buf), blob);
            case "or" -> BitExp.or(p, off, sz, Exp.val(buf), blob);
            case "xor" -> BitExp.xor(p, off, sz, Exp.val(buf), blob);
            case "and" -> BitExp.and(p, off, sz, Exp.val(buf), blob);
            case "not" -> BitExp.not(p, off, sz, blob);
            case "lshift" -> BitExp.lshift(p, off, sz, Exp.val(value), blob);
            case "rshift" -> BitExp.rshift(p, off, sz, Exp.val(value), blob);
            case "add" -> BitExp.add(p, off, sz, Exp.val(value), signed(), action(), blob);
            case "subtract" -> BitExp.subtract(p, off, sz, Exp.val(value), signed(), action(), blob);
            case "setInt" -> BitExp.setInt(p, off, sz, Exp.val(value), blob);
            case "get" -> BitExp.get(off, sz, blob);
            case "count" -> BitExp.count(off, sz, blob);
            case "lscan" -> BitExp.lscan(off, sz, Exp.val(value != 0), blob);
            case "rscan" -> BitExp.rscan(off, sz, Exp.val(value != 0), blob);
            case "getInt" -> BitExp.getInt(off, sz, signed(), blob);
            default -> throw new IllegalStateException(name);
        };
    }

    @Override
    public String toString() {
        return name + "(" + bin + ", " + offset + ", " + size + (value != 0 ? ", v=" + value : "")
                + (buf != null ? ", " + HexFormat.of().formatHex(buf) : "") + (flags != 0 ? ", f=" + flags : "")
                + (extra != 0 ? ", x=" + extra : "") + ")";
    }
}
