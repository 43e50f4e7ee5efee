package io.spikesdk.testkit.internal.cdt;

import java.util.Arrays;

/** Builds the reply particle for a {@link Selection} under a return type (CDT doc §4, observations C14b). */
final class ResultBuilder {
    private static final int PRESERVE_ORDER = 0x08;

    private ResultBuilder() {
    }

    /** Read access to the selected container by position. */
    interface Source {
        int size();

        Element key(int pos);

        Element value(int pos);
    }

    static Source of(MpList l) {
        return new Source() {
            @Override
            public int size() {
                return l.size();
            }

            @Override
            public Element key(int pos) {
                throw new IllegalStateException("lists have no keys");
            }

            @Override
            public Element value(int pos) {
                return l.items.get(pos);
            }
        };
    }

    static Source of(MpMap m) {
        return new Source() {
            @Override
            public int size() {
                return m.size();
            }

            @Override
            public Element key(int pos) {
                return m.entries.get(pos).key;
            }

            @Override
            public Element value(int pos) {
                return m.entries.get(pos).value;
            }
        };
    }

    /** The result particle, or null when the server emits no op entry. */
    static Particle build(ReturnType rt, Selection sel, Source src) {
        int n = src.size();
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
                return positions(sel, rt.type() == ReturnType.REVERSE_INDEX, n);
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
                return ranks(sel, rt.type() == ReturnType.REVERSE_RANK, n);
            case ReturnType.COUNT:
                return Particle.ofLong(sel.emit.length);
            case ReturnType.EXISTS:
                return Particle.ofBool(sel.emit.length > 0);
            case ReturnType.KEY:
            case ReturnType.VALUE:
                return elements(sel, rt.type() == ReturnType.KEY, src);
            case ReturnType.KEY_VALUE:
                return pairs(sel.emit, PRESERVE_ORDER, src);
            case ReturnType.UNORDERED_MAP:
                return pairs(sel.emit, 0, src);
            case ReturnType.ORDERED_MAP: {
                int[] sorted = sel.emit.clone();
                Arrays.sort(sorted);
                return pairs(sorted, MpMap.KEY_ORDERED, src);
            }
            default: {
                boolean reverse = rt.type() == ReturnType.REVERSE_INDEX_RANGE
                        || rt.type() == ReturnType.REVERSE_RANK_RANGE;
                long start = reverse ? n - sel.rangeStart - sel.rangeCount : sel.rangeStart;
                return longList(new long[] {start, sel.rangeCount});
            }
        }
    }

    private static Particle positions(Selection sel, boolean reverse, int n) {
        long[] out = new long[sel.indexOrder.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = reverse ? n - 1L - sel.indexOrder[i] : sel.indexOrder[i];
        }
        return singleOrList(sel, out);
    }

    private static Particle ranks(Selection sel, boolean reverse, int n) {
        long[] r = sel.emit.length == 0 ? new long[0] : sel.ranks.get();
        long[] out = new long[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = reverse ? n - 1L - r[i] : r[i];
        }
        return singleOrList(sel, out);
    }

    private static Particle singleOrList(Selection sel, long[] values) {
        if (sel.single) {
            return Particle.ofLong(sel.found ? values[0] : -1);
        }
        return longList(values);
    }

    private static Particle elements(Selection sel, boolean keys, Source src) {
        if (sel.single) {
            if (!sel.found) {
                return null;
            }
            int pos = sel.emit[0];
            return ParticleConverter.of(keys ? src.key(pos) : src.value(pos));
        }
        MsgpackWriter w = new MsgpackWriter().arrayHeader(sel.emit.length);
        for (int pos : sel.emit) {
            w.element(keys ? src.key(pos) : src.value(pos));
        }
        return new Particle(Particle.LIST, w.toBytes());
    }

    private static Particle pairs(int[] order, int marker, Source src) {
        MsgpackWriter w = new MsgpackWriter().mapHeader(order.length + (marker != 0 ? 1 : 0));
        if (marker != 0) {
            w.orderHeader(marker).nil();
        }
        for (int pos : order) {
            w.element(src.key(pos)).element(src.value(pos));
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
