package io.spikesdk.testkit.internal.cdt;

/** One key/value pair of an {@link MpMap}; the value is replaceable in place. */
public final class MapEntry {
    public final Element key;
    public Element value;

    public MapEntry(Element key, Element value) {
        this.key = key;
        this.value = value;
    }
}
