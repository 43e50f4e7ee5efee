package io.spikesdk.testkit.internal.hll;

/** HLL op codes and write flags (as_hll_op_type / as_hll_flags). */
final class HllOpCode {
    static final int INIT = 0;
    static final int ADD = 1;
    static final int SET_UNION = 2;
    static final int REFRESH_COUNT = 3;
    static final int FOLD = 4;
    static final int MODIFY_END = 5;

    static final int GET_COUNT = 50;
    static final int GET_UNION = 51;
    static final int GET_UNION_COUNT = 52;
    static final int GET_INTERSECT_COUNT = 53;
    static final int GET_SIMILARITY = 54;
    static final int DESCRIBE = 55;
    static final int MAY_CONTAIN = 56;
    static final int READ_END = 57;

    static final long CREATE_ONLY = 1;
    static final long UPDATE_ONLY = 2;
    static final long NO_FAIL = 4;
    static final long ALLOW_FOLD = 8;

    private HllOpCode() {
    }
}
