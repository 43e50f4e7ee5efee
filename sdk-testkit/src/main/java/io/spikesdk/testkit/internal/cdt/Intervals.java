package io.spikesdk.testkit.internal.cdt;

/**
 * Value/key intervals {@code [begin, end)}; a null (omitted) end has no upper bound (docs/cdt-and-expressions.md §6.4).
 */
final class Intervals {
    private Intervals() {
    }

    static boolean contains(Element e, Element begin, Element end) {
        return ElementOrder.compare(e, begin) >= 0 && (end == null || ElementOrder.compare(e, end) < 0);
    }
}
