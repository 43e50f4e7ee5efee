package io.spikesdk.testkit.internal.cdt;

import java.util.Arrays;


/**
 * The reply shapes of list/map selections, mirroring the real server's result primitives. Index and rank lists are
 * built from runs: a run {@code [start, start + count)} under a REVERSE_* type becomes the mirrored run
 * {@code [size - start - count, size - start)}, still ascending, so reversed multi-element runs do not come out
 * descending while runs of one element do (docs/embedded-server.md §6.3). Each select op decides which primitive
 * answers which return type, and an unsupported type only fails where the server's own switch rejects it.
 */
final class ResultBuilder {
    private static final int PRESERVE_ORDER = 0x08;

    private ResultBuilder() {
    }

    /** A list of integers built run by run. */
    static final class Ints {
        private long[] values = new long[8];
        private int size;

        Ints add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
            return this;
        }

        /** The run {@code [start, start + count)}, mirrored within {@code n} when {@code reverse}. */
        Ints run(int start, int count, int n, boolean reverse) {
            int first = reverse ? n - start - count : start;
            for (int i = 0; i < count; i++) {
                add(first + i);
            }
            return this;
        }

        /** One position or rank, mirrored within {@code n} when {@code reverse}. */
        Ints one(int value, int n, boolean reverse) {
            return add(reverse ? n - value - 1L : value);
        }

        Particle particle() {
            return longList(Arrays.copyOf(values, size));
        }
    }

    /** Answer for an empty selection: {@code [index, 0]} for *_RANGE types, -1, 0, false or an empty list/map. */
    static Particle notFound(ReturnType rt, boolean multi, long index) throws CdtException {
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.INDEX_RANGE:
            case ReturnType.REVERSE_INDEX_RANGE:
            case ReturnType.RANK_RANGE:
            case ReturnType.REVERSE_RANK_RANGE:
                return longList(new long[] {index, 0});
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
                return multi ? longList(new long[0]) : Particle.ofLong(-1);
            case ReturnType.COUNT:
                return Particle.ofLong(0);
            case ReturnType.EXISTS:
                return Particle.ofBool(false);
            case ReturnType.KEY:
            case ReturnType.VALUE:
                return multi ? longList(new long[0]) : null;
            case ReturnType.KEY_VALUE:
            case ReturnType.UNORDERED_MAP:
            case ReturnType.ORDERED_MAP:
                return emptyMap(rt);
            default:
                throw unsupported(rt);
        }
    }

    /**
     * A contiguous block {@code [start, start + count)} of indexes or ranks out of {@code n}; INVERTED answers its
     * complement (two runs), COUNT and EXISTS are computed from {@code count} (so EXISTS|INVERTED is true only when
     * the block is empty).
     */
    static Particle block(ReturnType rt, boolean multi, boolean inverted, int start, int count, int n)
            throws CdtException {
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.COUNT:
                return Particle.ofLong(inverted ? n - count : count);
            case ReturnType.EXISTS:
                return Particle.ofBool(inverted ? count == 0 : count != 0);
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK: {
                boolean reverse = rt.type() == ReturnType.REVERSE_INDEX || rt.type() == ReturnType.REVERSE_RANK;
                if (!multi) {
                    return Particle.ofLong(count == 0 ? -1 : reverse ? n - start - 1L : start);
                }
                Ints out = new Ints();
                if (inverted) {
                    out.run(0, start, n, reverse).run(start + count, n - start - count, n, reverse);
                } else {
                    out.run(start, count, n, reverse);
                }
                return out.particle();
            }
            default:
                throw unsupported(rt);
        }
    }

    /** {@link #block}, plus the {@code [start, count]} pair for *_RANGE types (not with INVERTED). */
    static Particle range(ReturnType rt, boolean multi, boolean inverted, int start, int count, int n)
            throws CdtException {
        switch (rt.type()) {
            case ReturnType.REVERSE_INDEX_RANGE:
            case ReturnType.REVERSE_RANK_RANGE:
            case ReturnType.INDEX_RANGE:
            case ReturnType.RANK_RANGE: {
                if (inverted) {
                    throw CdtException.notApplicable("INVERTED with return type " + rt.type());
                }
                boolean reverse = rt.type() == ReturnType.REVERSE_INDEX_RANGE
                        || rt.type() == ReturnType.REVERSE_RANK_RANGE;
                return pair(reverse ? n - start - count : start, count);
            }
            default:
                return block(rt, multi, inverted, start, count, n);
        }
    }

    /** Positions in ascending order, one by one (REVERSE_* therefore descending); single ops give the first. */
    static Particle positions(ReturnType rt, boolean multi, int[] ascending, int n) {
        boolean reverse = rt.type() == ReturnType.REVERSE_INDEX || rt.type() == ReturnType.REVERSE_RANK;
        if (!multi) {
            return Particle.ofLong(reverse ? n - ascending[0] - 1L : ascending[0]);
        }
        Ints out = new Ints();
        for (int p : ascending) {
            out.one(p, n, reverse);
        }
        return out.particle();
    }

    static boolean isReverse(ReturnType rt) {
        return rt.type() == ReturnType.REVERSE_INDEX || rt.type() == ReturnType.REVERSE_RANK;
    }

    static Particle pair(long a, long b) {
        return longList(new long[] {a, b});
    }

    /** List elements in the given order; a single op answers the element itself (no entry for none). */
    static Particle listValues(MpList l, int[] order, boolean multi) {
        if (!multi) {
            return order.length == 0 ? null : ParticleConverter.of(l.items.get(order[0]));
        }
        MsgpackWriter w = new MsgpackWriter().arrayHeader(order.length);
        for (int p : order) {
            w.element(l.items.get(p));
        }
        return new Particle(Particle.LIST, w.toBytes());
    }

    /** Map entries in the given order as KEY, VALUE or a map type; ORDERED_MAP is sorted by key. */
    static Particle mapElements(ReturnType rt, MpMap m, int[] order, boolean multi) throws CdtException {
        switch (rt.type()) {
            case ReturnType.KEY:
            case ReturnType.VALUE: {
                boolean keys = rt.type() == ReturnType.KEY;
                if (!multi) {
                    if (order.length == 0) {
                        return null;
                    }
                    MapEntry e = m.entries.get(order[0]);
                    return ParticleConverter.of(keys ? e.key : e.value);
                }
                MsgpackWriter w = new MsgpackWriter().arrayHeader(order.length);
                for (int p : order) {
                    MapEntry e = m.entries.get(p);
                    w.element(keys ? e.key : e.value);
                }
                return new Particle(Particle.LIST, w.toBytes());
            }
            case ReturnType.KEY_VALUE:
                return pairs(order, PRESERVE_ORDER, m);
            case ReturnType.UNORDERED_MAP:
                return pairs(order, 0, m);
            case ReturnType.ORDERED_MAP: {
                int[] sorted = order.clone();
                Arrays.sort(sorted);
                return pairs(sorted, MpMap.KEY_ORDERED, m);
            }
            default:
                throw unsupported(rt);
        }
    }

    static boolean isElements(ReturnType rt) {
        int t = rt.type();
        return t == ReturnType.KEY || t == ReturnType.VALUE || t == ReturnType.KEY_VALUE
                || t == ReturnType.UNORDERED_MAP || t == ReturnType.ORDERED_MAP;
    }

    static boolean isMapShape(ReturnType rt) {
        int t = rt.type();
        return t == ReturnType.KEY || t == ReturnType.KEY_VALUE || t == ReturnType.UNORDERED_MAP
                || t == ReturnType.ORDERED_MAP;
    }

    /** Whether the type is one of the defined return types (0..13, 16, 17). */
    static boolean isKnown(ReturnType rt) {
        return rt.type() <= ReturnType.EXISTS || rt.type() == ReturnType.UNORDERED_MAP
                || rt.type() == ReturnType.ORDERED_MAP;
    }

    static CdtException unsupported(ReturnType rt) {
        return CdtException.notApplicable("return type " + rt.type() + " not supported here");
    }

    private static Particle emptyMap(ReturnType rt) {
        int marker = rt.type() == ReturnType.KEY_VALUE ? PRESERVE_ORDER
                : rt.type() == ReturnType.ORDERED_MAP ? MpMap.KEY_ORDERED : 0;
        MsgpackWriter w = new MsgpackWriter().mapHeader(marker != 0 ? 1 : 0);
        if (marker != 0) {
            w.orderHeader(marker).nil();
        }
        return new Particle(Particle.MAP, w.toBytes());
    }

    private static Particle pairs(int[] order, int marker, MpMap m) {
        MsgpackWriter w = new MsgpackWriter().mapHeader(order.length + (marker != 0 ? 1 : 0));
        if (marker != 0) {
            w.orderHeader(marker).nil();
        }
        for (int pos : order) {
            MapEntry e = m.entries.get(pos);
            w.element(e.key).element(e.value);
        }
        return new Particle(Particle.MAP, w.toBytes());
    }

    static Particle longList(long[] values) {
        MsgpackWriter w = new MsgpackWriter().arrayHeader(values.length);
        for (long v : values) {
            w.integer(v);
        }
        return new Particle(Particle.LIST, w.toBytes());
    }

    /** A LIST particle holding the given elements. */
    static Particle elementList(Iterable<Element> elements, int count) {
        MsgpackWriter w = new MsgpackWriter().arrayHeader(count);
        for (Element e : elements) {
            w.element(e);
        }
        return new Particle(Particle.LIST, w.toBytes());
    }
}
