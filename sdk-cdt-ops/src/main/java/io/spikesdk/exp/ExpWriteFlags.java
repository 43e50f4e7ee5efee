package io.spikesdk.exp;


/**
 * Flags of an expression write ({@link ExpOperations#write}); combine them with {@link #with}. Immutable.
 *
 * <p>The server checks them in this order (observed on a real 8.1 server): CREATE_ONLY on an existing bin
 * → BIN_EXISTS_ERROR (6); UPDATE_ONLY on an absent bin → BIN_NOT_FOUND (17); an UNKNOWN result →
 * OP_NOT_APPLICABLE (26); a nil result on an existing bin deletes it with ALLOW_DELETE, otherwise leaves
 * it unchanged and fails with 26 <b>only when the flags word is 0</b> — any other flags (even just
 * POLICY_NO_FAIL or EVAL_NO_FAIL) make it a silent success that still bumps the generation (a server
 * quirk). A nil result on an absent bin does nothing.
 */
public final class ExpWriteFlags {

    /** Write the result, creating or replacing the bin. Wire 0. */
    public static final ExpWriteFlags DEFAULT = new ExpWriteFlags(0);

    /** Fail with BIN_EXISTS_ERROR (6) when the bin exists. Wire 1. */
    public static final ExpWriteFlags CREATE_ONLY = new ExpWriteFlags(1);

    /** Fail with BIN_NOT_FOUND (17) when the bin does not exist. Wire 2. */
    public static final ExpWriteFlags UPDATE_ONLY = new ExpWriteFlags(2);

    /** A nil result deletes the bin (and the record when it was its last bin). Wire 4. */
    public static final ExpWriteFlags ALLOW_DELETE = new ExpWriteFlags(4);

    /** CREATE_ONLY / UPDATE_ONLY violations become silent no-ops instead of errors. Wire 8. */
    public static final ExpWriteFlags POLICY_NO_FAIL = new ExpWriteFlags(8);

    /** An UNKNOWN result becomes a silent no-op instead of OP_NOT_APPLICABLE (26). Wire 16. */
    public static final ExpWriteFlags EVAL_NO_FAIL = new ExpWriteFlags(16);

    private static final int ALL = 0x1f;

    private final int code;

    private ExpWriteFlags(int code) {
        this.code = code;
    }

    /**
     * Flags from raw wire bits.
     *
     * @throws IllegalArgumentException for bits outside 0x1f (the server rejects them with PARAMETER_ERROR)
     */
    public static ExpWriteFlags fromCode(int bits) {
        if ((bits & ~ALL) != 0) {
            throw new IllegalArgumentException("expression write flags are a combination of 1, 2, 4, 8 and 16, got " + bits);
        }
        return new ExpWriteFlags(bits);
    }

    /** The union of the given flags ({@link #DEFAULT} when none). */
    public static ExpWriteFlags of(ExpWriteFlags... flags) {
        Exp.requireNonNull(flags, "expression write flags");
        int code = 0;
        for (ExpWriteFlags flag : flags) {
            Exp.requireNonNull(flag, "expression write flag");
            code |= flag.code;
        }
        return new ExpWriteFlags(code);
    }

    /** These flags plus {@code other}. */
    public ExpWriteFlags with(ExpWriteFlags other) {
        Exp.requireNonNull(other, "expression write flag");
        return new ExpWriteFlags(code | other.code);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(ExpWriteFlags other) {
        Exp.requireNonNull(other, "expression write flag");
        return (code & other.code) == other.code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpWriteFlags other && other.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return "ExpWriteFlags(" + code + ")";
    }
}
