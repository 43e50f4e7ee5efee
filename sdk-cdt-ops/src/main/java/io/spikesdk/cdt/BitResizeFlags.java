package io.spikesdk.cdt;

/**
 * How {@link BitOperations#resize} changes a blob (spec {@code BIT_RESIZE_*}); an immutable bit set. Combine with {@link #with} or {@link #of}.
 */
public final class BitResizeFlags {
    /** Add or remove bytes at the end (0). */
    public static final BitResizeFlags DEFAULT = new BitResizeFlags(0);
    /** Add or remove bytes at the front instead of the end (1). */
    public static final BitResizeFlags FROM_FRONT = new BitResizeFlags(1);
    /** Only grow: a smaller size fails unless NO_FAIL (2). */
    public static final BitResizeFlags GROW_ONLY = new BitResizeFlags(2);
    /** Only shrink: a larger size fails unless NO_FAIL (4). */
    public static final BitResizeFlags SHRINK_ONLY = new BitResizeFlags(4);

    private final int code;

    private BitResizeFlags(int code) {
        this.code = code;
    }

    /** Flags from their wire value; any bits are kept as given. */
    public static BitResizeFlags fromCode(int code) {
        return code == 0 ? DEFAULT : new BitResizeFlags(code);
    }

    /** The union of the given flags ({@link #DEFAULT} when none). */
    public static BitResizeFlags of(BitResizeFlags... flags) {
        int code = 0;
        for (BitResizeFlags flag : flags) {
            code |= flag.code;
        }
        return fromCode(code);
    }

    /** These flags plus {@code other}. */
    public BitResizeFlags with(BitResizeFlags other) {
        return fromCode(code | other.code);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(BitResizeFlags other) {
        return (code & other.code) == other.code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitResizeFlags f && f.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return FlagNames.format(code, new String[] {"FROM_FRONT", "GROW_ONLY", "SHRINK_ONLY"}, "DEFAULT");
    }
}
