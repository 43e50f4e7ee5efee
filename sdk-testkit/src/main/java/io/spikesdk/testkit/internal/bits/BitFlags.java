package io.spikesdk.testkit.internal.bits;

/** Op codes and flag bits of the bit ops (docs/cdt-and-expressions.md §7.1). */
final class BitFlags {
    static final int RESIZE = 0;
    static final int INSERT = 1;
    static final int REMOVE = 2;
    static final int SET = 3;
    static final int OR = 4;
    static final int XOR = 5;
    static final int AND = 6;
    static final int NOT = 7;
    static final int LSHIFT = 8;
    static final int RSHIFT = 9;
    static final int ADD = 10;
    static final int SUBTRACT = 11;
    static final int SET_INT = 12;
    static final int GET = 50;
    static final int COUNT = 51;
    static final int LSCAN = 52;
    static final int RSCAN = 53;
    static final int GET_INT = 54;

    static final long CREATE_ONLY = 1;
    static final long UPDATE_ONLY = 2;
    static final long NO_FAIL = 4;
    static final long PARTIAL = 8;

    static final long FROM_FRONT = 1;
    static final long GROW_ONLY = 2;
    static final long SHRINK_ONLY = 4;

    static final long SIGNED = 1;
    static final long SATURATE = 2;
    static final long WRAP = 4;

    /** The server's largest message; offsets, sizes and the resulting blob are bounded by it. */
    static final long PROTO_SIZE_MAX = 128L * 1024 * 1024;

    private BitFlags() {
    }

    static boolean isModify(int code) {
        return code >= RESIZE && code <= SET_INT;
    }

    static boolean isRead(int code) {
        return code >= GET && code <= GET_INT;
    }
}
