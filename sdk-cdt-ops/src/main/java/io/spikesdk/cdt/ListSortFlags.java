package io.spikesdk.cdt;

/**
 * List sort flags (spec {@code LIST_SORT_DEFAULT}, {@code LIST_SORT_DROP_DUPLICATES}); an immutable bit set.
 *
 * <p>Observed on a real server: the sort is stable in both directions (DESCENDING is a stable descending
 * sort, not a reversed ascending one), DROP_DUPLICATES keeps the first occurrence, and
 * DESCENDING|DROP_DUPLICATES fails with PARAMETER_ERROR (4) on a list holding two or more distinct values.
 */
public final class ListSortFlags {
    /** Ascending, keep duplicates (0). */
    public static final ListSortFlags DEFAULT = new ListSortFlags(0);
    /** Same as {@link #DEFAULT} (0). */
    public static final ListSortFlags ASCENDING = DEFAULT;
    /** Descending (1); not exposed by the official clients. */
    public static final ListSortFlags DESCENDING = new ListSortFlags(1);
    /** Keep one element of each group of equal values (2). */
    public static final ListSortFlags DROP_DUPLICATES = new ListSortFlags(2);

    private final int code;

    private ListSortFlags(int code) {
        this.code = code;
    }

    /** Flags from their wire value; any bits are kept as given. */
    public static ListSortFlags fromCode(int code) {
        return code == 0 ? DEFAULT : new ListSortFlags(code);
    }

    /** The union of the given flags ({@link #DEFAULT} when none). */
    public static ListSortFlags of(ListSortFlags... flags) {
        int code = 0;
        for (ListSortFlags flag : flags) {
            code |= flag.code;
        }
        return fromCode(code);
    }

    /** These flags plus {@code other}. */
    public ListSortFlags with(ListSortFlags other) {
        return fromCode(code | other.code);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(ListSortFlags other) {
        return (code & other.code) == other.code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListSortFlags f && f.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return FlagNames.format(code, new String[] {"DESCENDING", "DROP_DUPLICATES"}, "DEFAULT");
    }
}
