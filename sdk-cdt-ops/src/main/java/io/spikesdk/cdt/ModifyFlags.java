package io.spikesdk.cdt;

/**
 * Flags of a path modify (server 8.1+; the official client's {@code Exp.MODIFY_*}); an immutable bit set.
 * The builders add the APPLY bit ({@code 4}) themselves.
 */
public final class ModifyFlags {
    /** A filter that is UNKNOWN or an element of an unexpected type fails the modify (0). */
    public static final ModifyFlags DEFAULT = new ModifyFlags(0);
    /** UNKNOWN filters count as false and unexpected elements are skipped ({@code 0x10}). */
    public static final ModifyFlags NO_FAIL = new ModifyFlags(0x10);

    private final int code;

    private ModifyFlags(int code) {
        this.code = code;
    }

    /** Flags from their wire value; any bits are kept as given. */
    public static ModifyFlags fromCode(int code) {
        return code == 0 ? DEFAULT : new ModifyFlags(code);
    }

    /**
     * The union of the given flags ({@link #DEFAULT} when none).
     *
     * @throws IllegalArgumentException if {@code flags} or one of them is null
     */
    public static ModifyFlags of(ModifyFlags... flags) {
        if (flags == null) {
            throw new IllegalArgumentException("flags must not be null");
        }
        int code = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] == null) {
                throw new IllegalArgumentException("flags[" + i + "] must not be null");
            }
            code |= flags[i].code;
        }
        return fromCode(code);
    }

    /** These flags plus {@code other}. */
    public ModifyFlags with(ModifyFlags other) {
        return of(this, other);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(ModifyFlags other) {
        return (code & other.code) == other.code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModifyFlags f && f.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        if (code == 0) {
            return "DEFAULT";
        }
        int rest = code & ~NO_FAIL.code;
        String text = (code & NO_FAIL.code) != 0 ? "NO_FAIL" : "";
        return rest == 0 ? text : text + (text.isEmpty() ? "" : "|") + "0x" + Integer.toHexString(rest);
    }
}
