package io.spikesdk.core.internal.protocol;

/** The 8-byte proto header that starts every message on the socket (docs/wire-protocol.md §1). */
public final class Proto {
    public static final int VERSION = 2;
    public static final int TYPE_INFO = 1;
    public static final int TYPE_ADMIN = 2;
    public static final int TYPE_MESSAGE = 3;
    public static final int TYPE_COMPRESSED = 4;

    public static final int HEADER_SIZE = 8;
    /** AS_MSG header size that follows the proto header of type 3 messages. */
    public static final int MSG_HEADER_SIZE = 22;
    /** Largest body a server accepts (PROTO_SIZE_MAX); larger frames drop the connection. */
    public static final long MAX_BODY_SIZE = 128L * 1024 * 1024;
    /** Number of partitions of every namespace. */
    public static final int PARTITIONS = 4096;
    /** Seconds between the Unix epoch and the server ("citrusleaf") epoch, 2010-01-01T00:00:00Z. */
    public static final long CITRUSLEAF_EPOCH_SECONDS = 1_262_304_000L;

    private Proto() {
    }

    /** Encodes a proto header as one big-endian word: version, type, 48-bit body length. */
    public static long header(int type, long bodyLength) {
        return ((long) VERSION << 56) | ((long) type << 48) | bodyLength;
    }

    /** Writes the proto header of a frame whose body occupies {@code [8, frameLength)} of {@code buf}. */
    public static void writeHeader(byte[] buf, int type, int frameLength) {
        Bytes.putLong(buf, 0, header(type, frameLength - HEADER_SIZE));
    }

    public static int version(long header) {
        return (int) (header >>> 56) & 0xFF;
    }

    public static int type(long header) {
        return (int) (header >>> 48) & 0xFF;
    }

    public static long bodyLength(long header) {
        return header & 0xFFFF_FFFF_FFFFL;
    }
}
