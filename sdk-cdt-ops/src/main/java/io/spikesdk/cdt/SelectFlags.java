package io.spikesdk.cdt;

/**
 * What a path select returns (server 8.1+; the official client's {@code Exp.SELECT_*}): one result mode in
 * the low nibble, optionally with {@link #NO_FAIL}; immutable. {@code SelectFlags.VALUE.with(SelectFlags.NO_FAIL)}.
 */
public final class SelectFlags {
    private static final int MODE_MASK = 0x0F;
    private static final int NO_FAIL_BIT = 0x10;

    /** The matching elements in the bin's own tree shape: the result has the bin's top-level type (0). */
    public static final SelectFlags MATCHING_TREE = new SelectFlags(0);
    /** The selected values as a flat list (1). */
    public static final SelectFlags VALUE = new SelectFlags(1);
    /** Same code as {@link #VALUE} (1), named for list paths. */
    public static final SelectFlags LIST_VALUE = VALUE;
    /** Same code as {@link #VALUE} (1), named for map paths. */
    public static final SelectFlags MAP_VALUE = VALUE;
    /** The keys of the selected map entries as a list (2). */
    public static final SelectFlags MAP_KEY = new SelectFlags(2);
    /** The selected map entries as a flat list {@code [k1, v1, k2, v2, ...]} (3). */
    public static final SelectFlags MAP_KEY_VALUE = new SelectFlags(3);
    /**
     * Filters that are UNKNOWN count as false and elements of an unexpected type are skipped, instead of
     * failing the select ({@code 0x10}); with no mode it means {@link #MATCHING_TREE}.
     */
    public static final SelectFlags NO_FAIL = new SelectFlags(NO_FAIL_BIT);

    private final int code;

    private SelectFlags(int code) {
        this.code = code;
    }

    /** Flags from their wire value; any bits are kept as given. */
    public static SelectFlags fromCode(int code) {
        return new SelectFlags(code);
    }

    /**
     * The union of the given flags ({@link #MATCHING_TREE} when none).
     *
     * @throws IllegalArgumentException if {@code flags} or one of them is null, or two different result
     *         modes are combined (their bits would make a third mode)
     */
    public static SelectFlags of(SelectFlags... flags) {
        if (flags == null) {
            throw new IllegalArgumentException("flags must not be null");
        }
        SelectFlags union = MATCHING_TREE;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] == null) {
                throw new IllegalArgumentException("flags[" + i + "] must not be null");
            }
            union = union.with(flags[i]);
        }
        return union;
    }

    /**
     * These flags plus {@code other}.
     *
     * @throws IllegalArgumentException if {@code other} is null or sets a different result mode
     */
    public SelectFlags with(SelectFlags other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        int mode = code & MODE_MASK;
        int otherMode = other.code & MODE_MASK;
        if (mode != 0 && otherMode != 0 && mode != otherMode) {
            throw new IllegalArgumentException("select flags hold one result mode, got " + this + " and " + other);
        }
        return new SelectFlags(code | other.code);
    }

    /** Whether {@link #NO_FAIL} is set. */
    public boolean noFail() {
        return (code & NO_FAIL_BIT) != 0;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SelectFlags f && f.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        String[] modes = {"MATCHING_TREE", "VALUE", "MAP_KEY", "MAP_KEY_VALUE"};
        int mode = code & MODE_MASK;
        String text = mode < modes.length ? modes[mode] : "0x" + Integer.toHexString(mode);
        int rest = code & ~MODE_MASK;
        if ((rest & NO_FAIL_BIT) != 0) {
            text += "|NO_FAIL";
            rest &= ~NO_FAIL_BIT;
        }
        return rest == 0 ? text : text + "|0x" + Integer.toHexString(rest);
    }
}
