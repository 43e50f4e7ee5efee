package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.ElementOrder;
import io.spikesdk.testkit.internal.cdt.MapEntry;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpMap;
import io.spikesdk.testkit.internal.geo.GeoJsonException;
import io.spikesdk.testkit.internal.geo.GeoValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * EQ..LE (1–6), CMP_REGEX (7), CMP_GEO (8), IN_LIST (9), MAP_KEYS (101) and MAP_VALUES (102).
 */
final class Comparisons {
    private static final int EQ = 1;
    private static final int REGEX = 7;
    private static final int GEO = 8;
    private static final int IN_LIST = 9;
    private static final int MAP_KEYS = 101;

    private Comparisons() {
    }

    static Typed compile(ExpCompiler c, int op, List<Element> args) throws ExpException {
        if (op == REGEX) {
            return regex(c, args);
        }
        if (op == GEO) {
            ExpCompiler.count(args, 2, 2);
            Node candidate = c.operand(args.get(0), ExpType.GEO).node();
            Node query = c.operand(args.get(1), ExpType.GEO).node();
            return Logic.bool(env -> geo(candidate.eval(env), query.eval(env)));
        }
        if (op == IN_LIST) {
            ExpCompiler.count(args, 2, 2);
            Node value = c.operand(args.get(0), ExpType.ANY).node();
            Node list = c.operand(args.get(1), ExpType.LIST).node();
            return Logic.bool(env -> inList(value.eval(env), list.eval(env)));
        }
        if (op >= MAP_KEYS) {
            ExpCompiler.count(args, 1, 1);
            Node map = c.operand(args.get(0), ExpType.MAP).node();
            boolean keys = op == MAP_KEYS;
            return new Typed(env -> mapParts(map.eval(env), keys), ExpType.LIST);
        }
        ExpCompiler.count(args, 2, 2);
        Typed a = c.compile(args.get(0));
        Typed b = c.compile(args.get(1));
        if (!a.type().accepts(b.type()) || a.type() == ExpType.GEO || a.type() == ExpType.HLL
                || b.type() == ExpType.GEO || b.type() == ExpType.HLL || a.type() == ExpType.RAW) {
            throw ExpException.param("cannot compare " + a.type() + " with " + b.type());
        }
        Node left = a.node();
        Node right = b.node();
        return Logic.bool(env -> {
            Integer cmp = ValueOrder.compare(left.eval(env), right.eval(env));
            return cmp == null ? null : Values.bool(verdict(op, cmp));
        });
    }

    /** Applies EQ, NE, GT, GE, LT or LE to a three-way result; {@link ValueOrder#UNORDERED} only satisfies NE. */
    private static boolean verdict(int op, int cmp) {
        if (cmp == ValueOrder.UNORDERED) {
            return op == EQ + 1;
        }
        switch (op) {
            case EQ:
                return cmp == 0;
            case EQ + 1:
                return cmp != 0;
            case EQ + 2:
                return cmp > 0;
            case EQ + 3:
                return cmp >= 0;
            case EQ + 4:
                return cmp < 0;
            default:
                return cmp <= 0;
        }
    }

    private static Typed regex(ExpCompiler c, List<Element> args) throws ExpException {
        ExpCompiler.count(args, 3, 3);
        long flags = ExpCompiler.staticInt(args.get(0));
        Pattern pattern = PosixRegex.compile(ExpCompiler.name(args.get(1)), (int) flags);
        Node subject = c.operand(args.get(2), ExpType.STRING).node();
        return Logic.bool(env -> {
            if (!(subject.eval(env) instanceof MpBytes s) || Values.typeOf(s) != ExpType.STRING) {
                return null;
            }
            String text = new String(Values.data(s), StandardCharsets.ISO_8859_1);
            return Values.bool(pattern.matcher(text).find());
        });
    }

    private static Element geo(Element candidate, Element query) {
        if (!(candidate instanceof MpBytes a) || !(query instanceof MpBytes b)) {
            return null;
        }
        try {
            return Values.bool(GeoValue.parse(Values.data(a)).matches(GeoValue.parse(Values.data(b))));
        } catch (GeoJsonException e) {
            return null;
        }
    }

    private static Element inList(Element value, Element list) {
        if (value == null || !(list instanceof MpList l)) {
            return null;
        }
        for (Element item : l.items) {
            if (ElementOrder.compare(value, item) == 0) {
                return Values.bool(true);
            }
        }
        return Values.bool(false);
    }

    private static Element mapParts(Element map, boolean keys) {
        if (!(map instanceof MpMap m)) {
            return null;
        }
        List<Element> out = new ArrayList<>(m.size());
        for (MapEntry e : m.entries) {
            out.add(keys ? e.key : e.value);
        }
        return new MpList(0, out);
    }
}
