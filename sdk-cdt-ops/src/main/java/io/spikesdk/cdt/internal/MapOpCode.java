package io.spikesdk.cdt.internal;

/**
 * Server op codes of map operations (docs/cdt-and-expressions.md §3). Codes 96-110 are reads (op type 3), 64-89 modify
 * (op type 4).
 */
public final class MapOpCode {
    public static final int SET_TYPE = 64;
    public static final int ADD = 65;
    public static final int ADD_ITEMS = 66;
    public static final int PUT = 67;
    public static final int PUT_ITEMS = 68;
    public static final int REPLACE = 69;
    public static final int REPLACE_ITEMS = 70;
    public static final int INCREMENT = 73;
    public static final int DECREMENT = 74;
    public static final int CLEAR = 75;
    public static final int REMOVE_BY_KEY = 76;
    public static final int REMOVE_BY_INDEX = 77;
    /** Single (first match) by value; not used by the official clients. */
    public static final int REMOVE_BY_VALUE = 78;
    public static final int REMOVE_BY_RANK = 79;
    public static final int REMOVE_BY_KEY_LIST = 81;
    public static final int REMOVE_ALL_BY_VALUE = 82;
    public static final int REMOVE_BY_VALUE_LIST = 83;
    public static final int REMOVE_BY_KEY_INTERVAL = 84;
    public static final int REMOVE_BY_INDEX_RANGE = 85;
    public static final int REMOVE_BY_VALUE_INTERVAL = 86;
    public static final int REMOVE_BY_RANK_RANGE = 87;
    public static final int REMOVE_BY_KEY_REL_INDEX_RANGE = 88;
    public static final int REMOVE_BY_VALUE_REL_RANK_RANGE = 89;
    public static final int SIZE = 96;
    public static final int GET_BY_KEY = 97;
    public static final int GET_BY_INDEX = 98;
    /** Single (first match) by value; not used by the official clients. */
    public static final int GET_BY_VALUE = 99;
    public static final int GET_BY_RANK = 100;
    public static final int GET_ALL_BY_VALUE = 102;
    public static final int GET_BY_KEY_INTERVAL = 103;
    public static final int GET_BY_INDEX_RANGE = 104;
    public static final int GET_BY_VALUE_INTERVAL = 105;
    public static final int GET_BY_RANK_RANGE = 106;
    public static final int GET_BY_KEY_LIST = 107;
    public static final int GET_BY_VALUE_LIST = 108;
    public static final int GET_BY_KEY_REL_INDEX_RANGE = 109;
    public static final int GET_BY_VALUE_REL_RANK_RANGE = 110;

    private MapOpCode() {
    }
}
