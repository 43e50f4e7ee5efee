package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.ElementOrder;
import io.spikesdk.testkit.internal.cdt.MapEntry;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpFloat;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpMap;
import java.util.Arrays;

/** Runtime comparison of two expression values of the same type (docs/cdt-and-expressions.md §8.4, comparisons). */
final class ValueOrder {
    /** Result for floats involving NaN: every relation but NE is false. */
    static final int UNORDERED = Integer.MIN_VALUE;

    private ValueOrder() {
    }

    /**
     * Compares two values: negative, zero or positive, {@link #UNORDERED} for NaN, or null (UNKNOWN) when either is
     * UNKNOWN, the runtime types differ, or a list/map contains an unordered map anywhere.
     */
    static Integer compare(Element a, Element b) {
        if (a == null || b == null) {
            return null;
        }
        ExpType t = Values.typeOf(a);
        if (t == null || t != Values.typeOf(b)) {
            return null;
        }
        switch (t) {
            case NIL:
                return 0;
            case BOOL:
                return Boolean.compare(((MpBool) a).value(), ((MpBool) b).value());
            case INT:
                return Long.compare(((MpInt) a).value(), ((MpInt) b).value());
            case FLOAT:
                double x = ((MpFloat) a).value();
                double y = ((MpFloat) b).value();
                return x < y ? -1 : x > y ? 1 : x == y ? 0 : UNORDERED;
            case STRING:
            case BLOB:
                return Integer.signum(Arrays.compareUnsigned(((MpBytes) a).payload(), ((MpBytes) b).payload()));
            case LIST:
            case MAP:
                if (hasUnorderedMap(a) || hasUnorderedMap(b)) {
                    return null;
                }
                return Integer.signum(ElementOrder.compare(a, b));
            default:
                return null;
        }
    }

    private static boolean hasUnorderedMap(Element e) {
        if (e instanceof MpMap m) {
            if ((m.flags & MpMap.KEY_ORDERED) == 0) {
                return true;
            }
            for (MapEntry entry : m.entries) {
                if (hasUnorderedMap(entry.value)) {
                    return true;
                }
            }
        } else if (e instanceof MpList l) {
            for (Element item : l.items) {
                if (hasUnorderedMap(item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
