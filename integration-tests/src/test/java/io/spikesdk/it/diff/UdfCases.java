package io.spikesdk.it.diff;

import com.aerospike.client.exp.Exp;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.RecordExistsAction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Record UDF calls into {@link UdfModule}: a random starting record (or none) in the run's UDF set, one function with
 * random arguments, and the write-policy knobs a UDF honours (sendKey, a filter expression, a generation check).
 * Values are those both Luas carry alike: small ints, strings, blobs, booleans, doubles with a fractional part, nil,
 * and lists and maps of them.
 */
final class UdfCases implements CaseGenerator {
    static final String[] FUNCTIONS = {"echo", "echo", "get", "put", "put", "incr", "remove", "meta", "kind", "fail", "put_fail"};
    static final String[] BACKGROUND = {"put", "put", "incr", "remove", "put_fail"};
    static final String[] BINS = {"a", "b", "n"};
    static final String[] HOW = {"create", "update", "auto"};
    static final String[] MESSAGES = {"boom", "bad input", "é"};
    private static final String[] STRINGS = {"", "a", "ab", "héllo"};
    private static final byte[][] BLOBS = {{}, {1, 2}, {(byte) 0xff}};
    private static final double[] DOUBLES = {1.5, -2.25, 0.125};
    private static final long[] INTS = {1_000_000L, -2_147_483_648L, 2_147_483_647L};

    @Override
    public String category() {
        return "udf";
    }

    @Override
    public Case generate(Gen g) {
        Gen r = g.fork();
        int kind = r.nextInt(100);
        if (kind < 25) {
            return many(r, kind < 10);
        }
        String function = r.pick(FUNCTIONS);
        Setup start = r.chance(25) ? Setup.NONE : record(r);
        return new Case(category(), Setup.NONE, new UdfCall(start, function, args(r, function), policy(r)));
    }

    /**
     * Batch rows on distinct records (rows of one key may run in any order on a real server), or one background
     * function over the set: one that writes, or fails.
     */
    private Case many(Gen g, boolean background) {
        List<Setup> starts = new ArrayList<>();
        for (int i = 1 + g.nextInt(4); i > 0; i--) {
            starts.add(g.chance(20) ? Setup.NONE : record(g));
        }
        List<UdfManyCall.Row> rows = new ArrayList<>();
        if (background) {
            String function = g.pick(BACKGROUND);
            rows.add(new UdfManyCall.Row(0, function, args(g, function), false));
        } else {
            for (int i = 0; i < starts.size(); i++) {
                if (rows.isEmpty() || g.chance(70)) {
                    String function = g.pick(FUNCTIONS);
                    rows.add(new UdfManyCall.Row(i, function, args(g, function), g.chance(30)));
                }
            }
        }
        return new Case(category(), Setup.NONE, new UdfManyCall(background, starts, rows, g.chance(20) ? filter(g) : null));
    }

    static Setup record(Gen g) {
        List<Setup.InitialBin> bins = new ArrayList<>();
        for (String name : BINS) {
            if (g.chance(60)) {
                Object v = name.equals("n") && g.chance(80) ? (Object) g.smallLong() : value(g, 1);
                if (v != null) {
                    bins.add(new Setup.InitialBin(name, v, null));
                }
            }
        }
        if (bins.isEmpty()) {
            bins.add(new Setup.InitialBin("n", g.smallLong(), null));
        }
        return new Setup(bins, g.chance(20) ? 1 + g.nextInt(2) : 0, 0);
    }

    static List<Object> args(Gen g, String function) {
        List<Object> out = new ArrayList<>();
        switch (function) {
            case "echo", "kind" -> out.add(value(g, 2));
            case "get" -> out.add(g.chance(90) ? g.pick(BINS) : "zz");
            case "put" -> {
                out.add(g.chance(95) ? g.pick(BINS) : "bin_name_of_16ch");
                out.add(value(g, 1));
                out.add(g.pick(HOW));
            }
            case "incr" -> {
                out.add(g.pick(BINS));
                out.add(g.smallLong());
            }
            case "fail" -> out.add(g.pick(MESSAGES));
            case "put_fail" -> {
                out.add(g.pick(BINS));
                out.add(value(g, 1));
                out.add(g.pick(MESSAGES));
            }
            default -> {
            }
        }
        return out;
    }

    /** A value both Luas give back unchanged; nil one time in twelve. */
    static Object value(Gen g, int depth) {
        int p = g.nextInt(depth > 0 ? 12 : 10);
        return switch (p) {
            case 0, 1, 2 -> g.smallLong();
            case 3 -> INTS[g.nextInt(INTS.length)];
            case 4, 5 -> g.pick(STRINGS);
            case 6 -> g.pick(BLOBS).clone();
            case 7 -> g.chance(50);
            case 8 -> DOUBLES[g.nextInt(DOUBLES.length)];
            case 9 -> null;
            case 10 -> {
                List<Object> l = new ArrayList<>();
                for (int i = g.nextInt(4); i > 0; i--) {
                    l.add(value(g, depth - 1));
                }
                yield l;
            }
            default -> {
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int i = g.nextInt(4); i > 0; i--) {
                    Object k = g.chance(50) ? g.pick(STRINGS) : (Object) g.smallLong();
                    Object v = value(g, depth - 1);
                    if (!Gen.containsKey(m, k) && v != null) {
                        m.put(k, v);
                    }
                }
                yield m;
            }
        };
    }

    static WriteSpec policy(Gen g) {
        GenerationPolicy genPolicy = GenerationPolicy.NONE;
        int generation = 0;
        if (g.chance(20)) {
            genPolicy = g.chance(70) ? GenerationPolicy.EXPECT_GEN_EQUAL : GenerationPolicy.EXPECT_GEN_GT;
            generation = g.nextInt(4);
        }
        Expr filter = g.chance(20) ? filter(g) : null;
        return new WriteSpec(RecordExistsAction.UPDATE, genPolicy, generation, 0, g.chance(30), false, false, filter);
    }

    private static Expr filter(Gen g) {
        return switch (g.nextInt(3)) {
            case 0 -> {
                String bin = g.pick(BINS);
                yield new Expr("binExists(" + bin + ")", Exp.binExists(bin));
            }
            case 1 -> {
                long v = g.smallLong();
                yield new Expr("intBin(n)==" + v, Exp.eq(Exp.intBin("n"), Exp.val(v)));
            }
            default -> {
                String bin = g.pick(BINS);
                yield new Expr("not(binExists(" + bin + "))", Exp.not(Exp.binExists(bin)));
            }
        };
    }
}
