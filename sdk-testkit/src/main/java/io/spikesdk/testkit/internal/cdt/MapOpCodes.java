package io.spikesdk.testkit.internal.cdt;

/** Map CDT op codes (server {@code as_cdt_optype}) and the selection kind shared by each get/remove pair. */
final class MapOpCodes {
    static final int SET_TYPE = 64;
    static final int ADD = 65;
    static final int ADD_ITEMS = 66;
    static final int PUT = 67;
    static final int PUT_ITEMS = 68;
    static final int REPLACE = 69;
    static final int REPLACE_ITEMS = 70;
    static final int INCREMENT = 73;
    static final int DECREMENT = 74;
    static final int CLEAR = 75;
    static final int SIZE = 96;

    static final int KIND_KEY = 1;
    static final int KIND_INDEX = 2;
    static final int KIND_VALUE = 3;
    static final int KIND_RANK = 4;
    static final int KIND_KEY_LIST = 5;
    static final int KIND_ALL_BY_VALUE = 6;
    static final int KIND_VALUE_LIST = 7;
    static final int KIND_KEY_INTERVAL = 8;
    static final int KIND_INDEX_RANGE = 9;
    static final int KIND_VALUE_INTERVAL = 10;
    static final int KIND_RANK_RANGE = 11;
    static final int KIND_KEY_REL_INDEX_RANGE = 12;
    static final int KIND_VALUE_REL_RANK_RANGE = 13;

    private MapOpCodes() {
    }

    /** The selection kind of a map get/remove code, or null when the code is not one. */
    static Integer selectKind(int code) {
        return switch (code) {
            case 76, 97 -> KIND_KEY;
            case 77, 98 -> KIND_INDEX;
            case 78, 99 -> KIND_VALUE;
            case 79, 100 -> KIND_RANK;
            case 81, 107 -> KIND_KEY_LIST;
            case 82, 102 -> KIND_ALL_BY_VALUE;
            case 83, 108 -> KIND_VALUE_LIST;
            case 84, 103 -> KIND_KEY_INTERVAL;
            case 85, 104 -> KIND_INDEX_RANGE;
            case 86, 105 -> KIND_VALUE_INTERVAL;
            case 87, 106 -> KIND_RANK_RANGE;
            case 88, 109 -> KIND_KEY_REL_INDEX_RANGE;
            case 89, 110 -> KIND_VALUE_REL_RANK_RANGE;
            default -> null;
        };
    }
}
