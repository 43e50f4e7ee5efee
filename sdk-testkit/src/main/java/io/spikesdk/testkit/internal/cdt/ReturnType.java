package io.spikesdk.testkit.internal.cdt;

/**
 * A decoded return-type word: low 16 bits are the type, bit 0x10000 is INVERTED, other high bits are ignored.
 * {@link #validate} applies the per-family acceptance table (CDT doc §4) and answers OP_NOT_APPLICABLE.
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

    /** Selection families that accept different return types. */
    enum Family { LIST_INDEX, LIST_RANK_OR_VALUE, LIST_VALUE_LIST, MAP_KEY_OR_INDEX, MAP_VALUE_OR_RANK, MAP_KEY_LIST,
        MAP_VALUE_LIST }

    static ReturnType of(long word) {
        return new ReturnType((int) (word & 0xffff), (word & INVERTED_BIT) != 0);
    }

    boolean isRangeType() {
        return type >= INDEX_RANGE && type <= REVERSE_RANK_RANGE;
    }

    /**
     * Rejects a return type the family does not support, INVERTED on a single-element op, and INVERTED with a
     * *_RANGE type. {@code orderedList} allows RANK_RANGE on index-addressed list ops.
     */
    void validate(Family family, boolean single, boolean orderedList) throws CdtException {
        boolean known = (type >= NONE && type <= EXISTS) || type == UNORDERED_MAP || type == ORDERED_MAP;
        if (!known || !accepts(family, orderedList)) {
            throw CdtException.notApplicable("return type " + type + " not supported here");
        }
        if (inverted && (single || isRangeType())) {
            throw CdtException.notApplicable("INVERTED not applicable");
        }
    }

    private boolean accepts(Family family, boolean orderedList) {
        boolean mapShape = type == KEY || type == KEY_VALUE || type == UNORDERED_MAP || type == ORDERED_MAP;
        boolean indexRange = type == INDEX_RANGE || type == REVERSE_INDEX_RANGE;
        boolean rankRange = type == RANK_RANGE || type == REVERSE_RANK_RANGE;
        return switch (family) {
            case LIST_INDEX -> !mapShape && (!rankRange || orderedList);
            case LIST_RANK_OR_VALUE -> !mapShape && !indexRange;
            case LIST_VALUE_LIST -> !mapShape && !indexRange && !rankRange;
            case MAP_KEY_OR_INDEX -> !rankRange;
            case MAP_VALUE_OR_RANK -> !indexRange;
            case MAP_KEY_LIST -> !indexRange && !rankRange && type != RANK && type != REVERSE_RANK;
            case MAP_VALUE_LIST -> !indexRange && !rankRange;
        };
    }
}
