package io.spikesdk.cdt;

/**
 * What a list selection returns (spec {@code LIST_RETURN_*}), optionally {@link #inverted() inverted}.
 * Immutable value type: {@code ListReturnType.VALUE.inverted()}.
 *
 * <p>Single-element selections return one item (or the "not found" value: -1 for index/rank types,
 * 0 for COUNT, false for EXISTS, nothing for VALUE); multi-element selections return a list (an int
 * for COUNT, a bool for EXISTS). INVERTED selects every element outside the normal selection; it is
 * only valid on multi-element selections (else OP_NOT_APPLICABLE, 26).
 */
public final class ListReturnType {
    /** The INVERTED bit of the wire value. */
    public static final int INVERTED_FLAG = 0x10000;

    /** Return nothing (0). */
    public static final ListReturnType NONE = new ListReturnType(0);
    /** Index of each selected element, from the start (1). */
    public static final ListReturnType INDEX = new ListReturnType(1);
    /** Index counted from the end: {@code size - 1 - index} (2). */
    public static final ListReturnType REVERSE_INDEX = new ListReturnType(2);
    /** Rank: number of elements strictly smaller, shared by equal elements (3). */
    public static final ListReturnType RANK = new ListReturnType(3);
    /** Rank counted from the largest: {@code size - 1 - rank} (4). */
    public static final ListReturnType REVERSE_RANK = new ListReturnType(4);
    /** Number of selected elements (5). */
    public static final ListReturnType COUNT = new ListReturnType(5);
    /** The selected element(s) (7). */
    public static final ListReturnType VALUE = new ListReturnType(7);
    /** Whether anything was selected, as a boolean (13). */
    public static final ListReturnType EXISTS = new ListReturnType(13);

    private final int code;

    private ListReturnType(int code) {
        this.code = code;
    }

    /** A return type from its wire value (type in the low 16 bits, {@link #INVERTED_FLAG}); kept as given. */
    public static ListReturnType fromCode(int code) {
        return new ListReturnType(code);
    }

    /** This return type with the INVERTED bit set. */
    public ListReturnType inverted() {
        return inverted(true);
    }

    /** This return type with the INVERTED bit set or cleared. */
    public ListReturnType inverted(boolean inverted) {
        return new ListReturnType(inverted ? code | INVERTED_FLAG : code & ~INVERTED_FLAG);
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
        return o instanceof ListReturnType t && t.code == code;
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
            case 7 -> "VALUE";
            case 13 -> "EXISTS";
            default -> Integer.toString(code & 0xFFFF);
        };
        int high = code & ~0xFFFF & ~INVERTED_FLAG;
        return base + (isInverted() ? "|INVERTED" : "") + (high != 0 ? "|0x" + Integer.toHexString(high) : "");
    }
}
