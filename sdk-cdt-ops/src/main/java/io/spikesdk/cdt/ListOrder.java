package io.spikesdk.cdt;

/**
 * The order of a list (spec {@code LIST_UNORDERED} / {@code LIST_ORDERED}).
 *
 * <p>An ORDERED list keeps its elements sorted by the CDT value order (nil &lt; false &lt; true &lt;
 * negative ints &lt; non-negative ints &lt; strings &lt; lists &lt; maps &lt; bytes &lt; doubles &lt; GeoJSON); appends
 * go to the sorted position and index-positioned writes (insert, set) fail with OP_NOT_APPLICABLE (26).
 * The server stores an ordered list with a leading {@code c7 00 01} ext element.
 */
public enum ListOrder {
    /** Insertion order (attribute 0). */
    UNORDERED(0),
    /** Sorted by value (attribute 1). */
    ORDERED(1);

    private final int attributes;

    ListOrder(int attributes) {
        this.attributes = attributes;
    }

    /** The order attribute sent in operation arguments: 0 or 1. */
    public int attributes() {
        return attributes;
    }

    /**
     * The create flag OR-ed into a list-index context id when the list may be created:
     * ORDERED {@code 0xC0} (pad ignored), UNORDERED {@code 0x80} with pad, {@code 0x40} without.
     */
    public int createFlag(boolean pad) {
        if (this == ORDERED) {
            return 0xC0;
        }
        return pad ? 0x80 : 0x40;
    }
}
