package io.spikesdk.core.internal.protocol;

/**
 * AS_MSG operation codes (docs/wire-protocol.md §4). An op is [4-byte BE size][op][particle type][flags 0]
 * [name length][name][value], where size counts everything after itself.
 */
public final class OpType {
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final int CDT_READ = 3;
    public static final int CDT_MODIFY = 4;
    public static final int INCR = 5;
    public static final int EXP_READ = 7;
    public static final int EXP_MODIFY = 8;
    public static final int APPEND = 9;
    public static final int PREPEND = 10;
    public static final int TOUCH = 11;
    public static final int BIT_READ = 12;
    public static final int BIT_MODIFY = 13;
    public static final int DELETE = 14;
    public static final int HLL_READ = 15;
    public static final int HLL_MODIFY = 16;

    /** Size of an op header: 4-byte size, op, particle type, flags, name length. */
    public static final int HEADER_SIZE = 8;

    private OpType() {
    }

    /** Whether the op writes (the official client's definition, used for the WRITE bit). */
    public static boolean isWrite(int op) {
        switch (op) {
            case WRITE: case CDT_MODIFY: case INCR: case EXP_MODIFY: case APPEND: case PREPEND:
            case TOUCH: case BIT_MODIFY: case DELETE: case HLL_MODIFY:
                return true;
            default:
                return false;
        }
    }
}
