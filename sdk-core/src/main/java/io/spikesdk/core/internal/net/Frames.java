package io.spikesdk.core.internal.net;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Reads and writes whole proto frames (docs/wire-protocol.md §1) through a {@link Connection}'s buffer. */
public final class Frames {
    private Frames() {
    }

    /**
     * Reads one frame into the connection buffer: header at {@code [0, 8)}, body at
     * {@code [8, 8 + length)}. The header and whatever of the body has arrived come in one read; bytes
     * past the end of the frame are kept by the connection for its next read. A compressed (type 4)
     * frame is inflated and returned as the type-3 frame it contains.
     *
     * @return the body length
     * @throws AerospikeException PARSE_ERROR when the frame is malformed or of another type
     */
    public static int read(Connection conn, int expectedType) throws IOException {
        byte[] buf = conn.buffer(Proto.HEADER_SIZE);
        int got = conn.readAtLeast(buf, 0, Proto.HEADER_SIZE, buf.length);
        long header = Bytes.getLong(buf, 0);
        int version = Proto.version(header);
        int type = Proto.type(header);
        long length = Proto.bodyLength(header);
        if (version != Proto.VERSION) {
            throw parseError("unexpected proto version " + version);
        }
        if (length > Proto.MAX_BODY_SIZE) {
            throw parseError("proto body of " + length + " bytes exceeds the limit");
        }
        int bodyLength = (int) length;
        int frameLength = Proto.HEADER_SIZE + bodyLength;
        if (got > frameLength) {
            conn.unread(buf, frameLength, got - frameLength);
            got = frameLength;
        }
        if (type == Proto.TYPE_COMPRESSED && expectedType == Proto.TYPE_MESSAGE) {
            return readCompressed(conn, bodyLength, buf, got - Proto.HEADER_SIZE);
        }
        if (type != expectedType) {
            throw parseError("unexpected proto type " + type + " (expected " + expectedType + ")");
        }
        if (got < frameLength) {
            buf = conn.growKeeping(frameLength, got);
            conn.readFully(buf, got, frameLength - got);
        }
        return bodyLength;
    }

    /** Reads the rest of a compressed body, of which {@code [8, 8 + arrived)} of {@code buf} has arrived. */
    private static int readCompressed(Connection conn, int bodyLength, byte[] buf, int arrived) throws IOException {
        if (bodyLength < 8) {
            throw parseError("compressed frame too short");
        }
        byte[] compressed = new byte[bodyLength];
        System.arraycopy(buf, Proto.HEADER_SIZE, compressed, 0, arrived);
        conn.readFully(compressed, arrived, bodyLength - arrived);
        long inflatedSize = Bytes.getLong(compressed, 0);
        if (inflatedSize < Proto.HEADER_SIZE || inflatedSize > Proto.MAX_BODY_SIZE + Proto.HEADER_SIZE) {
            throw parseError("bad uncompressed size " + inflatedSize);
        }
        buf = conn.buffer((int) inflatedSize);
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed, 8, bodyLength - 8);
            int n = 0;
            while (n < inflatedSize && !inflater.finished()) {
                int got = inflater.inflate(buf, n, (int) inflatedSize - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != inflatedSize) {
                throw parseError("compressed frame inflated to " + n + " bytes, expected " + inflatedSize);
            }
        } catch (DataFormatException e) {
            throw parseError("cannot inflate compressed frame: " + e.getMessage());
        } finally {
            inflater.end();
        }
        long inner = Bytes.getLong(buf, 0);
        if (Proto.type(inner) != Proto.TYPE_MESSAGE || Proto.bodyLength(inner) + Proto.HEADER_SIZE != inflatedSize) {
            throw parseError("compressed frame does not hold one AS_MSG frame");
        }
        return (int) inflatedSize - Proto.HEADER_SIZE;
    }

    static AerospikeException parseError(String detail) {
        return new AerospikeException(ResultCode.PARSE_ERROR, detail);
    }
}
