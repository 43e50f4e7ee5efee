package io.spikesdk.cdt;

/**
 * Bit write flags (spec {@code BIT_WRITE_*}), sent with every bit modify operation; an immutable bit set. Combine with {@link #with} or {@link #of}.
 */
public final class BitWriteFlags {
    /** Create the bin when missing, update it when present (0). */
    public static final BitWriteFlags DEFAULT = new BitWriteFlags(0);
    /** Only create the bin: an existing bin fails with BIN_EXISTS_ERROR (6) (1). */
    public static final BitWriteFlags CREATE_ONLY = new BitWriteFlags(1);
    /** Only update the bin: a missing bin fails with BIN_NOT_FOUND (17) (2). */
    public static final BitWriteFlags UPDATE_ONLY = new BitWriteFlags(2);
    /** A violated constraint or out-of-range write makes the operation a silent no-op (4). */
    public static final BitWriteFlags NO_FAIL = new BitWriteFlags(4);
    /** With NO_FAIL: write the part of the range that fits the blob instead of nothing (8). */
    public static final BitWriteFlags PARTIAL = new BitWriteFlags(8);

    private final int code;

    private BitWriteFlags(int code) {
        this.code = code;
    }

    /** Flags from their wire value; any bits are kept as given. */
    public static BitWriteFlags fromCode(int code) {
        return code == 0 ? DEFAULT : new BitWriteFlags(code);
    }

    /** The union of the given flags ({@link #DEFAULT} when none). */
    public static BitWriteFlags of(BitWriteFlags... flags) {
        int code = 0;
        for (BitWriteFlags flag : flags) {
            code |= flag.code;
        }
        return fromCode(code);
    }

    /** These flags plus {@code other}. */
    public BitWriteFlags with(BitWriteFlags other) {
        return fromCode(code | other.code);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(BitWriteFlags other) {
        return (code & other.code) == other.code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitWriteFlags f && f.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return FlagNames.format(code, new String[] {"CREATE_ONLY", "UPDATE_ONLY", "NO_FAIL", "PARTIAL"}, "DEFAULT");
    }
}
