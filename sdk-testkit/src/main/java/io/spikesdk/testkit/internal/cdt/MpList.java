package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/** A msgpack array with its stored ext flags (0x01 ordered, 0x10 persist index; 0 = no ext header). */
final class MpList implements Element {
    static final int ORDERED = 0x01;
    static final int PERSIST_INDEX = 0x10;

    int flags;
    final ArrayList<Element> items;

    MpList(int flags, List<Element> items) {
        this.flags = flags;
        this.items = new ArrayList<>(items);
    }

    static MpList empty(int flags) {
        return new MpList(flags, List.of());
    }

    boolean ordered() {
        return (flags & ORDERED) != 0;
    }

    int size() {
        return items.size();
    }
}
