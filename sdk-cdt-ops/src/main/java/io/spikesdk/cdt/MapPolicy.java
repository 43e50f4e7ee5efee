package io.spikesdk.cdt;

import java.util.Objects;

/**
 * How map writes behave: the order (and persisted index) given to a map the operation creates, and
 * either write flags (current servers) or a legacy {@link MapWriteMode}. Immutable; {@link #DEFAULT}
 * is UNORDERED upsert.
 *
 * <p>Wire effect on put / put-items: with non-default flags {@code [67|68, ..., attr, flags]}; otherwise
 * the write mode picks PUT {@code [67, k, v, attr]}, ADD {@code [65, k, v, attr]} or REPLACE
 * {@code [69, k, v]} (and 68 / 66 / 70 for items).
 */
public final class MapPolicy {
    /** UNORDERED, {@link MapWriteFlags#DEFAULT}, no persisted index. */
    public static final MapPolicy DEFAULT =
        new MapPolicy(MapOrder.UNORDERED, MapWriteFlags.DEFAULT, false, MapWriteMode.UPDATE);

    private final MapOrder order;
    private final MapWriteFlags writeFlags;
    private final boolean persistIndex;
    private final MapWriteMode writeMode;

    private MapPolicy(MapOrder order, MapWriteFlags writeFlags, boolean persistIndex, MapWriteMode writeMode) {
        this.order = Objects.requireNonNull(order, "order");
        this.writeFlags = Objects.requireNonNull(writeFlags, "writeFlags");
        this.persistIndex = persistIndex;
        this.writeMode = Objects.requireNonNull(writeMode, "writeMode");
    }

    /** A policy with the given order and write flags. */
    public static MapPolicy of(MapOrder order, MapWriteFlags writeFlags) {
        return new MapPolicy(order, writeFlags, false, MapWriteMode.UPDATE);
    }

    /**
     * A policy with the given order and write flags; {@code persistIndex} asks the server to keep the
     * map's offset/value index in storage (attribute bit {@code 0x10}, top-level maps only).
     */
    public static MapPolicy of(MapOrder order, MapWriteFlags writeFlags, boolean persistIndex) {
        return new MapPolicy(order, writeFlags, persistIndex, MapWriteMode.UPDATE);
    }

    /** A legacy write-mode policy (no write flags). */
    public static MapPolicy of(MapOrder order, MapWriteMode writeMode) {
        return new MapPolicy(order, MapWriteFlags.DEFAULT, false, writeMode);
    }

    public MapOrder order() {
        return order;
    }

    public MapWriteFlags writeFlags() {
        return writeFlags;
    }

    public boolean persistIndex() {
        return persistIndex;
    }

    public MapWriteMode writeMode() {
        return writeMode;
    }

    /** The attribute word sent with writes: the order's attributes, plus {@code 0x10} for a persisted index. */
    public int attributes() {
        return order.attributes() | (persistIndex ? 0x10 : 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapPolicy p && p.order == order && p.writeFlags.equals(writeFlags)
            && p.persistIndex == persistIndex && p.writeMode == writeMode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, writeFlags, persistIndex, writeMode);
    }

    @Override
    public String toString() {
        return "MapPolicy{" + order + ", " + writeFlags + (persistIndex ? ", persistIndex" : "")
            + (writeMode != MapWriteMode.UPDATE ? ", " + writeMode : "") + "}";
    }
}
