package io.spikesdk.testkit.internal.bits;

/**
 * One parsed bit op. Offsets and sizes are in bits (byte arguments are scaled by 8, as the server does).
 *
 * @param code     the op code (0..12 modify, 50..54 read)
 * @param offset   signed bit offset; negative counts from the end of the blob
 * @param size     bit count (for INSERT the payload's bits, for RESIZE the new size in bits)
 * @param value    integer argument: shift count, ADD/SUBTRACT/SET_INT operand, or the scan bit (0/1)
 * @param buf      the payload without its leading type byte, or null
 * @param flags    write flags ({@link BitFlags})
 * @param subflags resize flags or integer sub-flags
 */
record BitOp(int code, long offset, long size, long value, byte[] buf, long flags, long subflags) {

    boolean has(long flag) {
        return (flags & flag) != 0;
    }

    boolean hasSub(long flag) {
        return (subflags & flag) != 0;
    }

    BitOp withSize(long newSize) {
        return new BitOp(code, offset, newSize, value, buf, flags, subflags);
    }
}
