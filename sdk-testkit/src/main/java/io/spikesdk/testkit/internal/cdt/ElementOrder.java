package io.spikesdk.testkit.internal.cdt;

/**
 * The server's total order over msgpack elements (docs/cdt-and-expressions.md §6.1): nil &lt; false &lt; true &lt;
 * negative int &lt; non-negative int &lt; string &lt; list &lt; map &lt; bytes &lt; double &lt; GeoJSON &lt; other ext
 * &lt; INFINITY. Integers and doubles never compare numerically with each other; doubles compare with {@code <}/{@code
 * >} only, so -0.0 equals 0.0 and NaN equals everything of its type. A WILDCARD anywhere ends the whole comparison as
 * "equal".
 */
public final class ElementOrder {
    private static final int WILD = Integer.MIN_VALUE;

    private ElementOrder() {
    }

    /** Returns a negative number, zero or a positive number as {@code a} orders before, with or after {@code b}. */
    public static int compare(Element a, Element b) {
        int c = cmp(a, b);
        return c == WILD ? 0 : c;
    }

    /** The type rank used as the first sort key. */
    private static int typeRank(Element e) {
        if (e instanceof MpNil) {
            return 1;
        }
        if (e instanceof MpBool b) {
            return b.value() ? 3 : 2;
        }
        if (e instanceof MpInt i) {
            return i.negative() ? 4 : 5;
        }
        if (e instanceof MpBytes s) {
            int t = s.typeByte();
            return t == MpBytes.STRING ? 6 : t == MpBytes.GEOJSON ? 11 : 9;
        }
        if (e instanceof MpList) {
            return 7;
        }
        if (e instanceof MpMap) {
            return 8;
        }
        if (e instanceof MpFloat) {
            return 10;
        }
        MpExt x = (MpExt) e;
        return x.isInfinity() ? 13 : 12;
    }

    private static boolean isWildcard(Element e) {
        return e instanceof MpExt x && x.isWildcard();
    }

    private static int cmp(Element a, Element b) {
        if (isWildcard(a) || isWildcard(b)) {
            return WILD;
        }
        int ta = typeRank(a);
        int tb = typeRank(b);
        if (ta != tb) {
            return Integer.compare(ta, tb);
        }
        if (a instanceof MpInt x) {
            MpInt y = (MpInt) b;
            return x.negative() ? Long.compare(x.value(), y.value()) : Long.compareUnsigned(x.value(), y.value());
        }
        if (a instanceof MpFloat x) {
            double p = x.value();
            double q = ((MpFloat) b).value();
            return p < q ? -1 : p > q ? 1 : 0;
        }
        if (a instanceof MpBytes x) {
            return compareBytes(x.payload(), ((MpBytes) b).payload());
        }
        if (a instanceof MpList x) {
            return compareLists(x, (MpList) b);
        }
        if (a instanceof MpMap x) {
            return compareMaps(x, (MpMap) b);
        }
        if (a instanceof MpExt x) {
            MpExt y = (MpExt) b;
            if (x.isInfinity()) {
                return 0;
            }
            int c = Integer.compare(x.type(), y.type());
            return c != 0 ? c : compareBytes(x.data(), y.data());
        }
        return 0;
    }

    private static int compareLists(MpList a, MpList b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = cmp(a.items.get(i), b.items.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareMaps(MpMap a, MpMap b) {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            MapEntry x = a.entries.get(i);
            MapEntry y = b.entries.get(i);
            int c = cmp(x.key, y.key);
            if (c != 0) {
                return c;
            }
            c = cmp(x.value, y.value);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Unsigned lexicographic comparison, shorter first on a common prefix. */
    static int compareBytes(byte[] a, byte[] b) {
        int c = java.util.Arrays.compareUnsigned(a, b);
        return Integer.signum(c);
    }
}
