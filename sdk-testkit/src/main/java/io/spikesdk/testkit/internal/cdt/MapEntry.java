package io.spikesdk.testkit.internal.cdt;

/** One key/value pair of an {@link MpMap}; the value is replaceable in place. */
final class MapEntry {
    final Element key;
    Element value;

    MapEntry(Element key, Element value) {
        this.key = key;
        this.value = value;
    }
}
