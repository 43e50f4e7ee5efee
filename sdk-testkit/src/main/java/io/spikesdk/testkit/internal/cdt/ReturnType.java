package io.spikesdk.testkit.internal.cdt;

/**
 * A decoded return-type word: low 16 bits are the type, bit 0x10000 is INVERTED, other high bits are ignored.
 * Which types an op accepts depends on the path the op takes (see {@link ListSelectOps}, {@link MapSelectOps}).
 */
record ReturnType(int type, boolean inverted) {
    static final int NONE = 0;
    static final int INDEX = 1;
    static final int REVERSE_INDEX = 2;
    static final int RANK = 3;
    static final int REVERSE_RANK = 4;
    static final int COUNT = 5;
    static final int KEY = 6;
    static final int VALUE = 7;
    static final int KEY_VALUE = 8;
    static final int INDEX_RANGE = 9;
    static final int REVERSE_INDEX_RANGE = 10;
    static final int RANK_RANGE = 11;
    static final int REVERSE_RANK_RANGE = 12;
    static final int EXISTS = 13;
    static final int UNORDERED_MAP = 16;
    static final int ORDERED_MAP = 17;
    static final int INVERTED_BIT = 0x10000;

    static ReturnType of(long word) {
        return new ReturnType((int) (word & 0xffff), (word & INVERTED_BIT) != 0);
    }

    boolean isRangeType() {
        return type >= INDEX_RANGE && type <= REVERSE_RANK_RANGE;
    }
}
