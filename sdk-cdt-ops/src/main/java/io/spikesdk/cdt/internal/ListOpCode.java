package io.spikesdk.cdt.internal;

/**
 * Server op codes of list operations (docs/cdt-and-expressions.md §2). Codes 16-27 are reads (op type 3), the rest
 * modify (op type 4).
 */
public final class ListOpCode {
    public static final int SET_TYPE = 0;
    public static final int APPEND = 1;
    public static final int APPEND_ITEMS = 2;
    public static final int INSERT = 3;
    public static final int INSERT_ITEMS = 4;
    public static final int POP = 5;
    public static final int POP_RANGE = 6;
    public static final int REMOVE = 7;
    public static final int REMOVE_RANGE = 8;
    public static final int SET = 9;
    public static final int TRIM = 10;
    public static final int CLEAR = 11;
    public static final int INCREMENT = 12;
    public static final int SORT = 13;
    public static final int SIZE = 16;
    public static final int GET = 17;
    public static final int GET_RANGE = 18;
    public static final int GET_BY_INDEX = 19;
    /** Single (first match) by value; not used by the official clients. */
    public static final int GET_BY_VALUE = 20;
    public static final int GET_BY_RANK = 21;
    public static final int GET_ALL_BY_VALUE = 22;
    public static final int GET_ALL_BY_VALUE_LIST = 23;
    public static final int GET_BY_INDEX_RANGE = 24;
    public static final int GET_BY_VALUE_INTERVAL = 25;
    public static final int GET_BY_RANK_RANGE = 26;
    public static final int GET_BY_VALUE_REL_RANK_RANGE = 27;
    public static final int REMOVE_BY_INDEX = 32;
    /** Single (first match) by value; not used by the official clients. */
    public static final int REMOVE_BY_VALUE = 33;
    public static final int REMOVE_BY_RANK = 34;
    public static final int REMOVE_ALL_BY_VALUE = 35;
    public static final int REMOVE_ALL_BY_VALUE_LIST = 36;
    public static final int REMOVE_BY_INDEX_RANGE = 37;
    public static final int REMOVE_BY_VALUE_INTERVAL = 38;
    public static final int REMOVE_BY_RANK_RANGE = 39;
    public static final int REMOVE_BY_VALUE_REL_RANK_RANGE = 40;

    private ListOpCode() {
    }
}
