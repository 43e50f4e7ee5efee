package io.spikesdk.testkit.internal.cdt;

/** List CDT op codes (server {@code as_cdt_optype}). */
final class ListOpCodes {
    static final int SET_TYPE = 0;
    static final int APPEND = 1;
    static final int APPEND_ITEMS = 2;
    static final int INSERT = 3;
    static final int INSERT_ITEMS = 4;
    static final int POP = 5;
    static final int POP_RANGE = 6;
    static final int REMOVE = 7;
    static final int REMOVE_RANGE = 8;
    static final int SET = 9;
    static final int TRIM = 10;
    static final int CLEAR = 11;
    static final int INCREMENT = 12;
    static final int SORT = 13;
    static final int SIZE = 16;
    static final int GET = 17;
    static final int GET_RANGE = 18;
    static final int GET_BY_INDEX = 19;
    static final int GET_BY_VALUE = 20;
    static final int GET_BY_RANK = 21;
    static final int GET_ALL_BY_VALUE = 22;
    static final int GET_ALL_BY_VALUE_LIST = 23;
    static final int GET_BY_INDEX_RANGE = 24;
    static final int GET_BY_VALUE_INTERVAL = 25;
    static final int GET_BY_RANK_RANGE = 26;
    static final int GET_BY_VALUE_REL_RANK_RANGE = 27;
    static final int REMOVE_BY_INDEX = 32;
    static final int REMOVE_BY_VALUE_REL_RANK_RANGE = 40;
    /** Distance from a GET_BY_* code to the matching REMOVE_BY_* code. */
    static final int REMOVE_OFFSET = REMOVE_BY_INDEX - GET_BY_INDEX;

    private ListOpCodes() {
    }
}
