package io.spikesdk.cdt;

/**
 * List write flags (spec {@code LIST_WRITE_*}); an immutable bit set. Combine with {@link #with}
 * or {@link #of}: {@code ListWriteFlags.of(ADD_UNIQUE, NO_FAIL)}.
 */
public final class ListWriteFlags {
    /** No constraint: duplicates allowed, inserts past the end pad with nils (0). */
    public static final ListWriteFlags DEFAULT = new ListWriteFlags(0);
    /** Reject a value already in the list with ELEMENT_EXISTS (24); duplicates inside an items payload give OP_NOT_APPLICABLE (26) (1). */
    public static final ListWriteFlags ADD_UNIQUE = new ListWriteFlags(1);
    /** Reject insert/set at an index past the end with OP_NOT_APPLICABLE (26) instead of padding (2). */
    public static final ListWriteFlags INSERT_BOUNDED = new ListWriteFlags(2);
    /** A violated constraint makes the operation a silent no-op that returns the current size (4). */
    public static final ListWriteFlags NO_FAIL = new ListWriteFlags(4);
    /** With NO_FAIL: write the valid items of an items payload and skip the rejected ones (8). */
    public static final ListWriteFlags PARTIAL = new ListWriteFlags(8);

    private final int code;

    private ListWriteFlags(int code) {
        this.code = code;
    }

    /** Flags from their wire value; any bits are kept as given. */
    public static ListWriteFlags fromCode(int code) {
        return code == 0 ? DEFAULT : new ListWriteFlags(code);
    }

    /** The union of the given flags ({@link #DEFAULT} when none). */
    public static ListWriteFlags of(ListWriteFlags... flags) {
        int code = 0;
        for (ListWriteFlags flag : flags) {
            code |= flag.code;
        }
        return fromCode(code);
    }

    /** These flags plus {@code other}. */
    public ListWriteFlags with(ListWriteFlags other) {
        return fromCode(code | other.code);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(ListWriteFlags other) {
        return (code & other.code) == other.code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListWriteFlags f && f.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return FlagNames.format(code, new String[] {"ADD_UNIQUE", "INSERT_BOUNDED", "NO_FAIL", "PARTIAL"}, "DEFAULT");
    }
}
