package io.spikesdk.core.internal.protocol;

import java.util.zip.Deflater;

/** Request compression as the official client does it (docs/wire-protocol.md §1): zlib, proto type 4. */
public final class Compression {
    /** Requests larger than this are compressed when the policy asks for it. */
    public static final int THRESHOLD = 128;

    private Compression() {
    }

    /**
     * Compresses a whole frame (zlib, BEST_SPEED; a type-4 header, then the original size, then the deflated
     * frame); returns {@code null} when the result would not fit in the original length.
     */
    public static byte[] compress(byte[] frame, int frameLength) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(frame, 0, frameLength);
            deflater.finish();
            byte[] out = new byte[frameLength];
            int size = deflater.deflate(out, 16, frameLength - 16);
            if (!deflater.finished()) {
                return null;
            }
            Bytes.putLong(out, 0, Proto.header(Proto.TYPE_COMPRESSED, size + 8L));
            Bytes.putLong(out, 8, frameLength);
            byte[] exact = new byte[size + 16];
            System.arraycopy(out, 0, exact, 0, exact.length);
            return exact;
        } finally {
            deflater.end();
        }
    }
}
