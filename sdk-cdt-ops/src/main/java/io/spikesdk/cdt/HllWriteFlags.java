package io.spikesdk.cdt;

/**
 * HyperLogLog write flags (the official client's {@code HLLWriteFlags}); an immutable bit set. Combine
 * with {@link #with} or {@link #of}: {@code HllWriteFlags.of(CREATE_ONLY, NO_FAIL)}.
 */
public final class HllWriteFlags {
    /** Create the bin when missing, update it otherwise (0). */
    public static final HllWriteFlags DEFAULT = new HllWriteFlags(0);
    /** Only create: an existing bin fails with BIN_EXISTS_ERROR (6) (1). */
    public static final HllWriteFlags CREATE_ONLY = new HllWriteFlags(1);
    /** Only update: a missing bin fails with BIN_NOT_FOUND (17) (2). */
    public static final HllWriteFlags UPDATE_ONLY = new HllWriteFlags(2);
    /** A violated create/update constraint makes the operation a silent no-op (4). */
    public static final HllWriteFlags NO_FAIL = new HllWriteFlags(4);
    /** Let a set-union fold the bin down to the smallest index bit count among the sketches (8). */
    public static final HllWriteFlags ALLOW_FOLD = new HllWriteFlags(8);

    private final int code;

    private HllWriteFlags(int code) {
        this.code = code;
    }

    /** Flags from their wire value; any bits are kept as given. */
    public static HllWriteFlags fromCode(int code) {
        return code == 0 ? DEFAULT : new HllWriteFlags(code);
    }

    /** The union of the given flags ({@link #DEFAULT} when none). */
    public static HllWriteFlags of(HllWriteFlags... flags) {
        int code = 0;
        for (HllWriteFlags flag : flags) {
            code |= flag.code;
        }
        return fromCode(code);
    }

    /** These flags plus {@code other}. */
    public HllWriteFlags with(HllWriteFlags other) {
        return fromCode(code | other.code);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(HllWriteFlags other) {
        return (code & other.code) == other.code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HllWriteFlags f && f.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return FlagNames.format(code, new String[] {"CREATE_ONLY", "UPDATE_ONLY", "NO_FAIL", "ALLOW_FOLD"}, "DEFAULT");
    }
}
