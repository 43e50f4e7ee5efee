package io.spikesdk.core.internal.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads proto frames (8-byte header + body, docs/wire-protocol.md §1) from a blocking stream into a reusable
 * buffer. The buffer grows with the data actually received, so a header that announces a huge
 * body cannot make the reader allocate memory that the peer never sends.
 */
public final class FrameReader {
    private static final int INITIAL_CAPACITY = 8 * 1024;
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final long maxBodySize;
    private final byte[] header = new byte[Proto.HEADER_SIZE];
    private byte[] body = new byte[INITIAL_CAPACITY];
    private int bodyLength;

    public FrameReader(InputStream in, long maxBodySize) {
        this.in = in;
        this.maxBodySize = maxBodySize;
    }

    /**
     * Reads the next 8-byte proto header.
     *
     * @return the header as one big-endian word, or -1 when the stream ended cleanly before it
     * @throws EOFException when the stream ends inside the header
     */
    public long readHeader() throws IOException {
        int n = 0;
        while (n < header.length) {
            int r = in.read(header, n, header.length - n);
            if (r < 0) {
                if (n == 0) {
                    return -1;
                }
                throw new EOFException("connection closed inside a proto header (" + n + " of 8 bytes)");
            }
            n += r;
        }
        return Bytes.getLong(header, 0);
    }

    /**
     * Reads a body of the given length (from {@link Proto#bodyLength(long)}) into {@link #body()}.
     *
     * @throws ProtocolException when the length exceeds the maximum body size
     * @throws EOFException when the stream ends before the whole body arrived
     */
    public void readBody(long length) throws IOException {
        if (length < 0 || length > maxBodySize) {
            throw new ProtocolException("proto body of " + length + " bytes exceeds the limit of " + maxBodySize);
        }
        int len = (int) length;
        int n = 0;
        while (n < len) {
            int want = Math.min(len - n, CHUNK);
            ensureCapacity(n + want);
            int r = in.read(body, n, want);
            if (r < 0) {
                throw new EOFException("connection closed inside a proto body (" + n + " of " + len + " bytes)");
            }
            n += r;
        }
        bodyLength = len;
    }

    /** The buffer holding the last body read; valid bytes are [0, {@link #bodyLength()}). */
    public byte[] body() {
        return body;
    }

    public int bodyLength() {
        return bodyLength;
    }

    private void ensureCapacity(int needed) {
        if (needed > body.length) {
            long grown = Math.max((long) body.length * 2, needed);
            byte[] next = new byte[(int) Math.min(grown, Integer.MAX_VALUE - 8)];
            System.arraycopy(body, 0, next, 0, body.length);
            body = next;
        }
    }
}
