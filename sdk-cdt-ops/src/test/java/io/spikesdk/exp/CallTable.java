package io.spikesdk.exp;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands rows of list/map expression factories into byte cases: every row against every context path,
 * every return type and every policy the row takes.
 */
final class CallTable {

    /** Builds one side of a row from indexes into the return-type, policy and context tables. */
    @FunctionalInterface
    interface Build<T> {
        T make(int returnType, int policy, int ctx);
    }

    /** One factory: its name, which dimensions it takes, and the two builders. */
    record Row(String name, boolean takesReturnType, boolean takesPolicy, Build<Exp> ours,
               Build<com.aerospike.client.exp.Exp> official) {
    }

    private CallTable() {
    }

    static List<ByteCase> expand(List<Row> rows, int[] returnTypes, int policies) {
        List<ByteCase> cases = new ArrayList<>();
        for (Row row : rows) {
            for (int c = 0; c < CtxPairs.NAMES.length; c++) {
                int ctx = c;
                cases.add(ByteCase.of(row.name() + " ctx " + CtxPairs.NAMES[c],
                        () -> row.ours().make(0, 0, ctx), () -> row.official().make(0, 0, ctx)));
            }
            if (row.takesReturnType()) {
                for (int r = 1; r < returnTypes.length; r++) {
                    int rt = r;
                    cases.add(ByteCase.of(row.name() + " returnType " + Integer.toHexString(returnTypes[r]),
                            () -> row.ours().make(rt, 0, 0), () -> row.official().make(rt, 0, 0)));
                }
            }
            if (row.takesPolicy()) {
                for (int p = 1; p < policies; p++) {
                    int policy = p;
                    cases.add(ByteCase.of(row.name() + " policy " + p,
                            () -> row.ours().make(0, policy, 1), () -> row.official().make(0, policy, 1)));
                }
            }
        }
        return cases;
    }
}
