package io.spikesdk.cdt;

/**
 * What a map selection returns (spec {@code MAP_RETURN_*}), optionally {@link #inverted() inverted}.
 * Immutable value type: {@code MapReturnType.KEY_VALUE.inverted()}.
 *
 * <p>Map INDEX is the position in key order, RANK the position in (value, key) order (equal values are
 * ranked by key ascending, so a map rank is unique). Single "not found" selections return -1 for
 * index/rank types, 0 for COUNT, false for EXISTS and nothing for KEY/VALUE. INVERTED selects every
 * entry outside the normal selection and is only valid on multi-entry selections (else 26).
 */
public final class MapReturnType {
    /** The INVERTED bit of the wire value. */
    public static final int INVERTED_FLAG = 0x10000;

    /** Return nothing (0). */
    public static final MapReturnType NONE = new MapReturnType(0);
    /** Key-order index of each selected entry (1). */
    public static final MapReturnType INDEX = new MapReturnType(1);
    /** Key-order index counted from the end (2). */
    public static final MapReturnType REVERSE_INDEX = new MapReturnType(2);
    /** Value-order rank of each selected entry (3). */
    public static final MapReturnType RANK = new MapReturnType(3);
    /** Value-order rank counted from the largest (4). */
    public static final MapReturnType REVERSE_RANK = new MapReturnType(4);
    /** Number of selected entries (5). */
    public static final MapReturnType COUNT = new MapReturnType(5);
    /** The selected key(s) (6). */
    public static final MapReturnType KEY = new MapReturnType(6);
    /** The selected value(s) (7). */
    public static final MapReturnType VALUE = new MapReturnType(7);
    /**
     * The selected entries as a map that keeps the selection order (8); on the wire a map with a leading
     * {@code c7 00 08} marker pair (an empty result is {@code 81 c7 00 08 c0}).
     */
    public static final MapReturnType KEY_VALUE = new MapReturnType(8);
    /** Whether anything was selected, as a boolean (13). */
    public static final MapReturnType EXISTS = new MapReturnType(13);
    /** The selected entries as a plain map (16). */
    public static final MapReturnType UNORDERED_MAP = new MapReturnType(16);
    /** The selected entries as a key-ordered map (17). */
    public static final MapReturnType ORDERED_MAP = new MapReturnType(17);

    private final int code;

    private MapReturnType(int code) {
        this.code = code;
    }

    /** A return type from its wire value (type in the low 16 bits, {@link #INVERTED_FLAG}); kept as given. */
    public static MapReturnType fromCode(int code) {
        return new MapReturnType(code);
    }

    /** This return type with the INVERTED bit set. */
    public MapReturnType inverted() {
        return inverted(true);
    }

    /** This return type with the INVERTED bit set or cleared. */
    public MapReturnType inverted(boolean inverted) {
        return new MapReturnType(inverted ? code | INVERTED_FLAG : code & ~INVERTED_FLAG);
    }

    /** Whether the INVERTED bit is set. */
    public boolean isInverted() {
        return (code & INVERTED_FLAG) != 0;
    }

    /** The wire value, INVERTED bit included. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapReturnType t && t.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        String base = switch (code & 0xFFFF) {
            case 0 -> "NONE";
            case 1 -> "INDEX";
            case 2 -> "REVERSE_INDEX";
            case 3 -> "RANK";
            case 4 -> "REVERSE_RANK";
            case 5 -> "COUNT";
            case 6 -> "KEY";
            case 7 -> "VALUE";
            case 8 -> "KEY_VALUE";
            case 13 -> "EXISTS";
            case 16 -> "UNORDERED_MAP";
            case 17 -> "ORDERED_MAP";
            default -> Integer.toString(code & 0xFFFF);
        };
        int high = code & ~0xFFFF & ~INVERTED_FLAG;
        return base + (isInverted() ? "|INVERTED" : "") + (high != 0 ? "|0x" + Integer.toHexString(high) : "");
    }
}
