package io.spikesdk.cdt;

/**
 * The pre-4.3 way to say "create only" / "update only" for map puts (spec {@code MAP_UPDATE},
 * {@code MAP_UPDATE_ONLY}, {@code MAP_CREATE_ONLY}). It selects a different op code instead of
 * sending write flags; prefer {@link MapWriteFlags}. Still accepted by current servers.
 */
public enum MapWriteMode {
    /** Upsert: PUT (67) / PUT_ITEMS (68). */
    UPDATE(67, 68),
    /** Only existing keys: REPLACE (69) / REPLACE_ITEMS (70); a missing key fails with ELEMENT_NOT_FOUND (23). */
    UPDATE_ONLY(69, 70),
    /** Only new keys: ADD (65) / ADD_ITEMS (66); an existing key fails with ELEMENT_EXISTS (24). */
    CREATE_ONLY(65, 66);

    private final int itemOpCode;
    private final int itemsOpCode;

    MapWriteMode(int itemOpCode, int itemsOpCode) {
        this.itemOpCode = itemOpCode;
        this.itemsOpCode = itemsOpCode;
    }

    /** The op code used for a single put in this mode. */
    public int itemOpCode() {
        return itemOpCode;
    }

    /** The op code used for a put of several items in this mode. */
    public int itemsOpCode() {
        return itemsOpCode;
    }
}
