package io.spikesdk.testkit.internal.cdt;

import java.util.Comparator;

/**
 * What the server accepts as stored CDT data: no WILDCARD/INFINITY, map keys that are integers, strings or
 * non-empty BLOB-typed bytes, no duplicate keys, key-ordered maps and ordered lists already sorted. Maps without
 * order flags are sorted by key (the server stores every map in key order).
 */
final class StorageRules {
    private static final Comparator<MapEntry> BY_KEY = (a, b) -> ElementOrder.compare(a.key, b.key);

    private StorageRules() {
    }

    /** Validates a value arriving in an operation for storage; throws with {@code code} when it is not storable. */
    static Element storable(Element e, int code) throws CdtException {
        if (e instanceof MpExt x && (x.isWildcard() || x.isInfinity())) {
            throw new CdtException(code, "WILDCARD/INFINITY cannot be stored");
        }
        if (e instanceof MpList l) {
            for (Element item : l.items) {
                storable(item, code);
            }
            if (l.ordered() && !isSorted(l)) {
                throw new CdtException(code, "ordered list is not sorted");
            }
        } else if (e instanceof MpMap m) {
            for (MapEntry entry : m.entries) {
                checkKey(entry.key, code);
                storable(entry.value, code);
            }
            boolean sorted = isSorted(m);
            if (!sorted && (m.flags & MpMap.KEY_ORDERED) != 0) {
                throw new CdtException(code, "key-ordered map is not sorted");
            }
            if (!sorted) {
                m.entries.sort(BY_KEY);
            }
            for (int i = 1; i < m.size(); i++) {
                if (ElementOrder.compare(m.entries.get(i - 1).key, m.entries.get(i).key) == 0) {
                    throw new CdtException(code, "duplicate map key");
                }
            }
        }
        return e;
    }

    /** Whether {@code key} may be a map key: integer, string, or non-empty bytes whose type byte is BLOB (4). */
    static boolean isValidKey(Element key) {
        if (key instanceof MpInt) {
            return true;
        }
        if (key instanceof MpBytes b) {
            return b.typeByte() == MpBytes.STRING || b.typeByte() == MpBytes.BLOB;
        }
        return false;
    }

    static void checkKey(Element key, int code) throws CdtException {
        if (!isValidKey(key)) {
            throw new CdtException(code, "invalid map key type");
        }
    }

    /** Lenient normalisation of a stored bin: sorts every map by key (stable), rejects nothing. */
    static void normalizeStored(Element e) {
        if (e instanceof MpList l) {
            for (Element item : l.items) {
                normalizeStored(item);
            }
        } else if (e instanceof MpMap m) {
            for (MapEntry entry : m.entries) {
                normalizeStored(entry.value);
            }
            if (!isSorted(m)) {
                m.entries.sort(BY_KEY);
            }
        }
    }

    private static boolean isSorted(MpList l) {
        for (int i = 1; i < l.size(); i++) {
            if (ElementOrder.compare(l.items.get(i - 1), l.items.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSorted(MpMap m) {
        for (int i = 1; i < m.size(); i++) {
            if (ElementOrder.compare(m.entries.get(i - 1).key, m.entries.get(i).key) > 0) {
                return false;
            }
        }
        return true;
    }
}
