package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/** A msgpack array with its stored ext flags (0x01 ordered, 0x10 persist index; 0 = no ext header). */
public final class MpList implements Element {
    public static final int ORDERED = 0x01;
    public static final int PERSIST_INDEX = 0x10;

    public int flags;
    public final ArrayList<Element> items;

    public MpList(int flags, List<Element> items) {
        this.flags = flags;
        this.items = new ArrayList<>(items);
    }

    static MpList empty(int flags) {
        return new MpList(flags, List.of());
    }

    boolean ordered() {
        return (flags & ORDERED) != 0;
    }

    public int size() {
        return items.size();
    }
}
