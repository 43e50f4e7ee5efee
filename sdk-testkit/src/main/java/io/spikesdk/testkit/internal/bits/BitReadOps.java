package io.spikesdk.testkit.internal.bits;

/** The read ops on a blob: GET (bytes), COUNT, LSCAN, RSCAN and GET_INT (integers). */
final class BitReadOps {
    private BitReadOps() {
    }

    /** The op's result: a {@code byte[]} for GET, else a {@code Long}. The window must lie inside the blob (26). */
    static Object apply(BitOp op, byte[] blob) throws BitException {
        BitWindow w = BitWindow.of(op, blob.length);
        if (w.byteOffset() >= blob.length || w.byteOffset() + w.spanBytes() > blob.length) {
            throw BitException.notApplicable("read window not inside the blob");
        }
        long start = w.startBit();
        int n = (int) w.size();
        return switch (op.code()) {
            case BitFlags.GET -> get(blob, start, n);
            case BitFlags.COUNT -> count(blob, start, n);
            case BitFlags.LSCAN -> lscan(blob, w, op.value() == 1);
            case BitFlags.RSCAN -> rscan(blob, w, op.value() == 1);
            default -> {
                long v = Bits.load(blob, start, n);
                yield op.hasSub(BitFlags.SIGNED) ? Bits.signExtend(v, n) : v;
            }
        };
    }

    private static byte[] get(byte[] blob, long start, int n) {
        byte[] out = new byte[(n + 7) / 8];
        for (int i = 0; i < n; i++) {
            Bits.put(out, i, Bits.get(blob, start + i));
        }
        return out;
    }

    private static long count(byte[] blob, long start, int n) {
        long count = 0;
        for (int i = 0; i < n; i++) {
            count += Bits.get(blob, start + i);
        }
        return count;
    }

    /** Index of the first bit equal to {@code one} in the window, or -1. */
    private static long lscan(byte[] blob, BitWindow w, boolean one) {
        for (long i = 0; i < w.size(); i++) {
            if (Bits.get(blob, w.startBit() + i) == (one ? 1 : 0)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index of the last bit equal to {@code one}, scanning whole bytes from the window's last byte backwards as the
     * server does: only the bits after the window are masked off, so when the window's first byte is reached, a
     * match among the bits before the window counts too and yields a negative index (e.g. -2 for a match two bits
     * before the window).
     */
    private static long rscan(byte[] blob, BitWindow w, boolean one) {
        int first = (int) w.byteOffset();
        int cur = first + (int) w.spanBytes() - 1;
        int tail = (int) ((8 - (w.size() + w.bitInByte()) % 8) % 8);
        int lastMask = (0xFF << tail) & 0xFF;
        int last = (one ? blob[cur] : ~blob[cur]) & lastMask;
        if (last == 0 && cur != first) {
            int skip = one ? 0x00 : 0xFF;
            cur--;
            while ((blob[cur] & 0xFF) == skip && cur > first) {
                cur--;
            }
            last = (one ? blob[cur] : ~blob[cur]) & 0xFF;
        }
        if (last == 0) {
            return -1;
        }
        int bit = 7;
        while ((last & (0x80 >>> bit)) == 0) {
            bit--;
        }
        long answer = (long) (cur - first) * 8 + bit - w.bitInByte();
        return answer >= w.size() ? -1 : answer;
    }
}
