package io.spikesdk.cdt;

/**
 * The order of a map (spec {@code MAP_UNORDERED}, {@code MAP_KEY_ORDERED}, {@code MAP_KEY_VALUE_ORDERED}).
 *
 * <p>Whatever the order, a map INDEX is the position in key order and a map RANK the position in
 * (value, key) order. A real server also returns "unordered" maps sorted by key.
 */
public enum MapOrder {
    /** No order kept (attribute 0). */
    UNORDERED(0, 0x40),
    /** Sorted by key (attribute 1, stored with ext flags {@code 0x01}). */
    KEY_ORDERED(1, 0x80),
    /** Sorted by key, plus a value index (attribute 3, stored with ext flags {@code 0x03}). */
    KEY_VALUE_ORDERED(3, 0xC0);

    private final int attributes;
    private final int createFlag;

    MapOrder(int attributes, int createFlag) {
        this.attributes = attributes;
        this.createFlag = createFlag;
    }

    /** The map attribute sent in operation arguments: 0, 1 or 3. */
    public int attributes() {
        return attributes;
    }

    /** The create flag OR-ed into a map-key context id when the map may be created: 0x40, 0x80 or 0xC0. */
    public int createFlag() {
        return createFlag;
    }
}
