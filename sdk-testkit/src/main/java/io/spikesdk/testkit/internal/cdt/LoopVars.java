package io.spikesdk.testkit.internal.cdt;

/**
 * The loop variables a path expression sees for the element being visited: its map key, its value and its list
 * index. A part that does not apply (the key inside a list, the index inside a map) is null.
 */
public record LoopVars(Element key, Element value, Long index) {
    /** Loop variable 0 key, 1 value, 2 index; null when the part is not set or {@code which} is out of range. */
    public Element get(int which) {
        return switch (which) {
            case 0 -> key;
            case 1 -> value;
            case 2 -> index == null ? null : MpInt.of(index);
            default -> null;
        };
    }
}
