package io.spikesdk.it.diff;

/**
 * A list or map return type as an argument, shown by name ({@code VALUE|INVERTED}, or the number when
 * unknown). 9..12 are the server's *_RANGE result types, which the official client has no constants for.
 */
record Rt(int code, boolean map) {
    static final int INVERTED = 0x10000;
    private static final String[] NAMES = new String[18];

    static {
        NAMES[0] = "NONE";
        NAMES[1] = "INDEX";
        NAMES[2] = "REVERSE_INDEX";
        NAMES[3] = "RANK";
        NAMES[4] = "REVERSE_RANK";
        NAMES[5] = "COUNT";
        NAMES[6] = "KEY";
        NAMES[7] = "VALUE";
        NAMES[8] = "KEY_VALUE";
        NAMES[9] = "INDEX_RANGE";
        NAMES[10] = "REVERSE_INDEX_RANGE";
        NAMES[11] = "RANK_RANGE";
        NAMES[12] = "REVERSE_RANK_RANGE";
        NAMES[13] = "EXISTS";
        NAMES[16] = "UNORDERED_MAP";
        NAMES[17] = "ORDERED_MAP";
    }

    int base() {
        return code & ~INVERTED;
    }

    boolean inverted() {
        return (code & INVERTED) != 0;
    }

    /** Whether the result carries elements (keys or values), as opposed to positions, counts or nothing. */
    boolean returnsElements() {
        int b = base();
        return b == 6 || b == 7 || b == 8 || b == 16 || b == 17;
    }

    @Override
    public String toString() {
        int b = base();
        String name = b < NAMES.length && NAMES[b] != null ? NAMES[b] : "rt" + b;
        return inverted() ? name + "|INVERTED" : name;
    }
}
