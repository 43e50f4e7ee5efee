package io.spikesdk.it.diff;

import com.aerospike.client.Operation;
import com.aerospike.client.exp.ExpOperation;

import java.util.ArrayList;
import java.util.List;

/**
 * Expression read and write operations ({@code ExpOperation}) over a record with bins of every
 * type (some absent or of another type), with every read and write flag combination, mixed with
 * plain bin reads; sometimes under a filter expression.
 */
final class ExpCases implements CaseGenerator {
    private static final String[] WRITE_BINS = {"i", "f", "s", "w", "l"};

    @Override
    public String category() {
        return "exp";
    }

    @Override
    public Case generate(Gen g) {
        ExprGen exprs = new ExprGen(g);
        List<Setup.InitialBin> bins = new ArrayList<>();
        addBin(g, bins, "i", g.chance(15) ? Gen.EDGE_INTS[g.nextInt(Gen.EDGE_INTS.length)] : (Object) g.smallLong());
        addBin(g, bins, "f", g.pick(new Double[] {1.5, -0.0, 2.25}));
        addBin(g, bins, "s", g.pick(new String[] {"", "a", "ab\nb", "héllo"}));
        addBin(g, bins, "b", g.chance(50));
        addBin(g, bins, "l", g.list(g.nextInt(5), 0));
        addBin(g, bins, "m", g.map(g.nextInt(4), 0, Gen.KeyKind.INT));
        addBin(g, bins, "x", new byte[] {1, 2});
        Setup setup = g.chance(8) ? Setup.NONE : new Setup(bins, 0, 0);

        List<Op> ops = new ArrayList<>();
        int n = 1 + (g.chance(30) ? 1 + g.nextInt(2) : 0);
        for (int k = 0; k < n; k++) {
            Expr e = exprs.any(2);
            if (g.chance(50)) {
                int flags = g.chance(70) ? 0 : 16;
                String name = g.pick(new String[] {"r", "i", "out"});
                ops.add(new Op("exp", "read", name, List.of(e, new Policies.Flags(flags, flags == 0 ? "DEFAULT" : "EVAL_NO_FAIL")), List.of(),
                        (b, x, c) -> ExpOperation.read(b, ((Expr) x.get(0)).build(), ((Policies.Flags) x.get(1)).value())));
            } else if (g.chance(85)) {
                int flags = 0;
                for (int bit : new int[] {1, 2, 4, 8, 16}) {
                    if (g.chance(20)) {
                        flags |= bit;
                    }
                }
                String text = Policies.names(flags, new String[] {"CREATE_ONLY", "UPDATE_ONLY", "ALLOW_DELETE", "POLICY_NO_FAIL", "EVAL_NO_FAIL"},
                        new int[] {1, 2, 4, 8, 16});
                ops.add(new Op("exp", "write", g.pick(WRITE_BINS), List.of(e, new Policies.Flags(flags, text)), List.of(),
                        (b, x, c) -> ExpOperation.write(b, ((Expr) x.get(0)).build(), ((Policies.Flags) x.get(1)).value())));
            } else {
                ops.add(new Op("", "get", g.pick(WRITE_BINS), List.of(), List.of(), (b, x, c) -> Operation.get(b)));
            }
        }
        WriteSpec policy = WriteSpec.DEFAULT.withRespondAllOps(g.chance(30));
        if (g.chance(10)) {
            Expr filter = exprs.bool(1);
            policy = new WriteSpec(policy.exists(), policy.genPolicy(), 0, 0, false, false, policy.respondAllOps(), filter);
        }
        return new Case(category(), setup, new OperateCommand(policy, ops));
    }

    private static void addBin(Gen g, List<Setup.InitialBin> bins, String name, Object value) {
        int p = g.nextInt(100);
        if (p < 75) {
            bins.add(new Setup.InitialBin(name, value, null));
        } else if (p < 85) {
            Object other = g.value(0);
            if (other != null) {
                bins.add(new Setup.InitialBin(name, other, null));
            }
        }
    }
}
