package io.spikesdk.cdt;

/**
 * Map write flags (spec {@code MAP_WRITE_FLAGS_*}); an immutable bit set. Combine with {@link #with}
 * or {@link #of}: {@code MapWriteFlags.of(UPDATE_ONLY, NO_FAIL, PARTIAL)}.
 */
public final class MapWriteFlags {
    /** Upsert (0). */
    public static final MapWriteFlags DEFAULT = new MapWriteFlags(0);
    /** Only new keys: an existing key fails with ELEMENT_EXISTS (24) (1). */
    public static final MapWriteFlags CREATE_ONLY = new MapWriteFlags(1);
    /** Only existing keys: a missing key fails with ELEMENT_NOT_FOUND (23) (2). */
    public static final MapWriteFlags UPDATE_ONLY = new MapWriteFlags(2);
    /** A violated constraint makes the operation a no-op that returns the current size (4). */
    public static final MapWriteFlags NO_FAIL = new MapWriteFlags(4);
    /**
     * With NO_FAIL: write the valid items of a put-items and skip the rejected ones (8). Observed on a
     * real server: UPDATE_ONLY|NO_FAIL|PARTIAL on an empty or absent map writes all items.
     */
    public static final MapWriteFlags PARTIAL = new MapWriteFlags(8);

    private final int code;

    private MapWriteFlags(int code) {
        this.code = code;
    }

    /** Flags from their wire value; any bits are kept as given. */
    public static MapWriteFlags fromCode(int code) {
        return code == 0 ? DEFAULT : new MapWriteFlags(code);
    }

    /** The union of the given flags ({@link #DEFAULT} when none). */
    public static MapWriteFlags of(MapWriteFlags... flags) {
        int code = 0;
        for (MapWriteFlags flag : flags) {
            code |= flag.code;
        }
        return fromCode(code);
    }

    /** These flags plus {@code other}. */
    public MapWriteFlags with(MapWriteFlags other) {
        return fromCode(code | other.code);
    }

    /** Whether every bit of {@code other} is set here. */
    public boolean contains(MapWriteFlags other) {
        return (code & other.code) == other.code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapWriteFlags f && f.code == code;
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
