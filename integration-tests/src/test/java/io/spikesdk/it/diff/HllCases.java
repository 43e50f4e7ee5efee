package io.spikesdk.it.diff;

import com.aerospike.client.Operation;
import com.aerospike.client.Value;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpReadFlags;
import com.aerospike.client.exp.ExpWriteFlags;
import com.aerospike.client.exp.HLLExp;
import com.aerospike.client.operation.HLLOperation;
import com.aerospike.client.operation.HLLPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * HyperLogLog cases: up to three sketches built with random adds (values of every type, random index and minhash
 * bits, from a handful to thousands of elements) in bins {@code s0..s2}, read back, then one operate of random HLL
 * ops on those bins, an absent bin and non-HLL bins: init, add, set unions and folds with and without flags, counts,
 * unions, intersections, similarity and describe with the read-back sketches (now and then a corrupted one) as
 * arguments, plus the same through {@code HLLExp} in expression reads and writes. The raw sketch bytes are compared
 * through the results and the record read back.
 */
final class HllCases implements CaseGenerator {
    static final String[] BINS = {"s0", "s1", "s2", "h", "i", "t"};
    private static final int[] FLAGS = {0, 0, 0, 1, 2, 4, 8, 5, 6, 12, 13, 3, 16};

    @Override
    public String category() {
        return "hll";
    }

    @Override
    public Case generate(Gen g) {
        List<HllCall.Sketch> sketches = new ArrayList<>();
        for (int i = g.nextInt(4); i > 0; i--) {
            int ib = 4 + g.nextInt(13);
            int mb = g.chance(40) ? 0 : Math.min(51, 4 + g.nextInt(48));
            if (ib + mb > 64) {
                mb = 64 - ib;
            }
            if (g.chance(30) && !sketches.isEmpty()) {
                HllCall.Sketch same = sketches.get(0);
                ib = g.chance(50) ? same.indexBits() : ib;
                mb = same.minhashBits();
            }
            sketches.add(new HllCall.Sketch(ib, mb, values(g, sizeOf(g))));
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 1 + g.nextInt(4); i > 0; i--) {
            ops.add(op(g, sketches.size()));
        }
        Setup setup = new Setup(List.of(new Setup.InitialBin("i", 7L, null), new Setup.InitialBin("t", "x", null)), 0, 0);
        return new Case(category(), setup, new HllCall(sketches, ops));
    }

    private static int sizeOf(Gen g) {
        return switch (g.nextInt(5)) {
            case 0 -> 1 + g.nextInt(5);
            case 1, 2 -> 1 + g.nextInt(100);
            case 3 -> 100 + g.nextInt(1000);
            default -> 1000 + g.nextInt(3000);
        };
    }

    /** Distinct-ish values: numbers from a seeded range plus random values of every scalar type. */
    static List<Object> values(Gen g, int n) {
        List<Object> out = new ArrayList<>(n);
        long base = g.nextInt(4) * 1000L;
        for (int i = 0; i < n; i++) {
            switch (g.nextInt(10)) {
                case 0, 1, 2, 3 -> out.add(base + g.nextInt(Math.max(1, n * 2)));
                case 4 -> out.add("v" + (base + g.nextInt(Math.max(1, n * 2))));
                case 5 -> out.add(longString(g));
                case 6 -> out.add(g.value(0));
                case 7 -> out.add((double) g.nextInt(n + 1) / 4);
                case 8 -> out.add(new byte[] {(byte) g.nextInt(256), (byte) g.nextInt(256)});
                default -> out.add(Gen.EDGE_INTS[g.nextInt(Gen.EDGE_INTS.length)] - g.nextInt(3));
            }
        }
        return out;
    }

    private static String longString(Gen g) {
        int len = g.pick(new Integer[] {31, 32, 100, 255, 256, 300});
        return "s".repeat(len - 1) + (char) ('a' + g.nextInt(26));
    }

    private static Op op(Gen g, int sketchCount) {
        String bin = g.chance(85) ? BINS[g.nextInt(Math.max(1, sketchCount) + 1) % 4] : g.pick(BINS);
        int flags = FLAGS[g.nextInt(FLAGS.length)];
        int ib = g.chance(90) ? 4 + g.nextInt(13) : g.pick(new Integer[] {-1, 3, 17, 0});
        int mb = g.chance(85) ? (g.chance(40) ? 0 : 4 + g.nextInt(48)) : g.pick(new Integer[] {-1, 2, 52, 60});
        List<Object> refs = refs(g, sketchCount);
        return switch (g.nextInt(21)) {
            case 0 -> op("init", bin, List.of(flags, ib), (b, a, c) -> HLLOperation.init(policy(a), b, (Integer) a.get(1)));
            case 1 -> op("initMh", bin, List.of(flags, ib, mb),
                    (b, a, c) -> HLLOperation.init(policy(a), b, (Integer) a.get(1), (Integer) a.get(2)));
            case 2, 3 -> op("add", bin, List.of(flags, values(g, 1 + g.nextInt(60))),
                    (b, a, c) -> HLLOperation.add(policy(a), b, valueList(a.get(1))));
            case 4 -> op("addIb", bin, List.of(flags, values(g, 1 + g.nextInt(60)), ib),
                    (b, a, c) -> HLLOperation.add(policy(a), b, valueList(a.get(1)), (Integer) a.get(2)));
            case 5 -> op("addIbMh", bin, List.of(flags, g.chance(5) ? List.of(List.of(1L)) : values(g, 1 + g.nextInt(60)), ib, mb),
                    (b, a, c) -> HLLOperation.add(policy(a), b, valueList(a.get(1)), (Integer) a.get(2), (Integer) a.get(3)));
            case 6, 7 -> op("setUnion", bin, List.of(flags, refs),
                    (b, a, c) -> HLLOperation.setUnion(policy(a), b, HllCall.resolved(a.get(1))));
            case 8 -> op("refreshCount", bin, List.of(), (b, a, c) -> HLLOperation.refreshCount(b));
            case 9 -> op("fold", bin, List.of(ib), (b, a, c) -> HLLOperation.fold(b, (Integer) a.get(0)));
            case 10 -> op("getCount", bin, List.of(), (b, a, c) -> HLLOperation.getCount(b));
            case 11 -> op("getUnion", bin, List.of(refs), (b, a, c) -> HLLOperation.getUnion(b, HllCall.resolved(a.get(0))));
            case 12 -> op("getUnionCount", bin, List.of(refs),
                    (b, a, c) -> HLLOperation.getUnionCount(b, HllCall.resolved(a.get(0))));
            case 13 -> op("getIntersectCount", bin, List.of(refs),
                    (b, a, c) -> HLLOperation.getIntersectCount(b, HllCall.resolved(a.get(0))));
            case 14, 15 -> op("getSimilarity", bin, List.of(refs),
                    (b, a, c) -> HLLOperation.getSimilarity(b, HllCall.resolved(a.get(0))));
            case 16 -> op("describe", bin, List.of(), (b, a, c) -> HLLOperation.describe(b));
            case 17 -> op("get", bin, List.of(), (b, a, c) -> Operation.get(b));
            case 18 -> expRead(g, bin, refs);
            default -> expWrite(g, bin, flags, ib, mb);
        };
    }

    private static Op expRead(Gen g, String bin, List<Object> refs) {
        String what = g.pick(new String[] {"count", "union", "unionCount", "intersectCount", "similarity", "describe",
            "mayContain", "countGt"});
        List<Object> values = values(g, 1 + g.nextInt(4));
        int readFlags = g.chance(50) ? ExpReadFlags.DEFAULT : ExpReadFlags.EVAL_NO_FAIL;
        return op("expRead." + what, bin, List.of(refs, values), (b, a, c) -> {
            Exp sketch = Exp.hllBin(b);
            Exp list = Exp.val(HllCall.resolved(a.get(0)));
            Exp e = switch (what) {
                case "count" -> HLLExp.getCount(sketch);
                case "union" -> HLLExp.getUnion(list, sketch);
                case "unionCount" -> HLLExp.getUnionCount(list, sketch);
                case "intersectCount" -> HLLExp.getIntersectCount(list, sketch);
                case "similarity" -> HLLExp.getSimilarity(list, sketch);
                case "describe" -> HLLExp.describe(sketch);
                case "mayContain" -> HLLExp.mayContain(Exp.val(valueList(a.get(1))), sketch);
                default -> Exp.gt(HLLExp.getCount(sketch), Exp.val(10));
            };
            return ExpOperation.read("x", Exp.build(e), readFlags);
        });
    }

    private static Op expWrite(Gen g, String bin, int flags, int ib, int mb) {
        String what = g.pick(new String[] {"init", "initMh", "add", "addIb", "addIbMh"});
        List<Object> values = values(g, 1 + g.nextInt(30));
        boolean fromNil = g.chance(30);
        int writeFlags = g.chance(70) ? ExpWriteFlags.DEFAULT : ExpWriteFlags.EVAL_NO_FAIL;
        return op("expWrite." + what + (fromNil ? "@nil" : ""), bin, List.of(flags, ib, mb, values), (b, a, c) -> {
            HLLPolicy p = policy(a);
            Exp sketch = fromNil ? Exp.nil() : Exp.hllBin(b);
            Exp ibe = Exp.val((Integer) a.get(1));
            Exp mbe = Exp.val((Integer) a.get(2));
            Exp list = Exp.val(valueList(a.get(3)));
            Exp e = switch (what) {
                case "init" -> HLLExp.init(p, ibe, sketch);
                case "initMh" -> HLLExp.init(p, ibe, mbe, sketch);
                case "add" -> HLLExp.add(p, list, sketch);
                case "addIb" -> HLLExp.add(p, list, ibe, sketch);
                default -> HLLExp.add(p, list, ibe, mbe, sketch);
            };
            return ExpOperation.write(b, Exp.build(e), writeFlags);
        });
    }

    /** Sketch references: indices of the case's sketches, now and then one corrupted or a small list. */
    private static List<Object> refs(Gen g, int sketchCount) {
        List<Object> refs = new ArrayList<>();
        int n = sketchCount == 0 ? 1 : 1 + g.nextInt(g.chance(20) ? 4 : 2);
        for (int i = 0; i < n; i++) {
            int which = sketchCount == 0 ? 0 : g.nextInt(sketchCount);
            refs.add(new HllCall.SketchRef(which, g.chance(4) ? g.nextInt(4) : -1));
        }
        return refs;
    }

    private static HLLPolicy policy(List<Object> args) {
        return new HLLPolicy((Integer) args.get(0));
    }

    @SuppressWarnings("unchecked")
    static List<Value> valueList(Object values) {
        List<Value> out = new ArrayList<>();
        for (Object v : (List<Object>) values) {
            out.add(Value.get(v));
        }
        return out;
    }

    private static Op op(String name, String bin, List<Object> args, Op.Factory f) {
        return new Op("hll", name, bin, args, List.of(), f);
    }
}
