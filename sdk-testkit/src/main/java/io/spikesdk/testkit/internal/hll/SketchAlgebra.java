package io.spikesdk.testkit.internal.hll;

import java.util.List;

/** Combining sketches of possibly different shapes, register by register, as the real server does. */
final class SketchAlgebra {
    private SketchAlgebra() {
    }

    /**
     * The shape sketches combine into: the smallest index bits, and the first sketch's minhash bits if every
     * sketch has the same, else 0.
     */
    static HllSketch emptyTemplate(List<HllSketch> sketches) {
        int indexBits = sketches.get(0).indexBits();
        int minhashBits = sketches.get(0).minhashBits();
        for (int i = 1; i < sketches.size(); i++) {
            HllSketch s = sketches.get(i);
            indexBits = Math.min(indexBits, s.indexBits());
            if (minhashBits != 0 && minhashBits != s.minhashBits()) {
                minhashBits = 0;
            }
        }
        return HllSketch.empty(indexBits, minhashBits);
    }

    /** A fresh template-shaped sketch holding the union of all {@code sketches}. */
    static HllSketch unionOf(List<HllSketch> sketches) {
        HllSketch union = emptyTemplate(sketches);
        for (HllSketch s : sketches) {
            union(union, s);
        }
        return union;
    }

    /**
     * Folds {@code from} into {@code into} (whose index bits are not larger): register {@code r} of {@code from}
     * goes to {@code r mod 2^into.index_bits}, keeping the larger value. Without minhash bits in {@code into}
     * only the leading-zero runs are compared and kept.
     */
    static void union(HllSketch into, HllSketch from) {
        int mask = into.registerCount() - 1;
        int n = from.registerCount();
        if (into.minhashBits() == 0) {
            for (int r = 0; r < n; r++) {
                int target = r & mask;
                int v1 = from.hllValue(r);
                if (into.hllValue(target) < v1) {
                    into.setRegister(target, v1);
                }
            }
            return;
        }
        for (int r = 0; r < n; r++) {
            int target = r & mask;
            long v1 = from.register(r);
            if (Long.compareUnsigned(into.register(target), v1) < 0) {
                into.setRegister(target, v1);
            }
        }
        into.setCache(0);
    }

    /** Keeps in {@code into} only the registers equal in {@code from} (folding {@code from} as in union). */
    static void intersectOne(HllSketch into, HllSketch from) {
        int mask = into.registerCount() - 1;
        for (int r = 0, n = from.registerCount(); r < n; r++) {
            int target = r & mask;
            long v0 = into.register(target);
            into.setRegister(target, v0 == from.register(r) ? v0 : 0);
        }
    }
}
