package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/**
 * A msgpack map with its stored ext flags (0x01 key-ordered, 0x02 value index, 0x10 persist index). Entries are
 * always kept sorted by key, as the real server stores even "unordered" maps; a map's INDEX is the key-order
 * position.
 */
public final class MpMap implements Element {
    public static final int KEY_ORDERED = 0x01;
    public static final int VALUE_INDEX = 0x02;
    public static final int PERSIST_INDEX = 0x10;

    public int flags;
    public final ArrayList<MapEntry> entries;

    public MpMap(int flags, List<MapEntry> entries) {
        this.flags = flags;
        this.entries = new ArrayList<>(entries);
    }

    static MpMap empty(int flags) {
        return new MpMap(flags, List.of());
    }

    public int size() {
        return entries.size();
    }

    /** Position of the first entry whose key equals {@code key}, or -1. */
    int find(Element key) {
        for (int i = 0; i < entries.size(); i++) {
            if (ElementOrder.compare(entries.get(i).key, key) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Number of keys strictly less than {@code key}: its insertion index. */
    int lowerBound(Element key) {
        int n = 0;
        for (MapEntry e : entries) {
            if (ElementOrder.compare(e.key, key) < 0) {
                n++;
            }
        }
        return n;
    }

    /** Replaces the value of an existing key or inserts a new entry at its key-sorted position. */
    void put(Element key, Element value) {
        int at = find(key);
        if (at >= 0) {
            entries.get(at).value = value;
        } else {
            entries.add(lowerBound(key), new MapEntry(key, value));
        }
    }
}
