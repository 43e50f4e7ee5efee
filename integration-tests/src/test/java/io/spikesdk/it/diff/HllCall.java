package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.operation.HLLOperation;
import com.aerospike.client.operation.HLLPolicy;
import com.aerospike.client.policy.WritePolicy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One HLL case as data: each sketch is built by one add (with its index and minhash bits) into bin {@code s<i>} of
 * the case's record, the record is read back, then the ops run in one operate with every {@link SketchRef} argument
 * replaced by the sketch as that server wrote it (corrupted when asked). The operate's record is the result; the
 * sketch bins are compared through the record read back afterwards.
 */
record HllCall(List<Sketch> sketches, List<Op> ops) implements Command {
    /** An empty 16-register sketch, for references when the case builds no sketch. */
    private static final byte[] EMPTY_SKETCH = new byte[11 + 12];

    static {
        EMPTY_SKETCH[1] = 4;
    }

    record Sketch(int indexBits, int minhashBits, List<Object> values) {
        @Override
        public String toString() {
            return "sketch(" + indexBits + "," + minhashBits + "," + values.size() + " values " + Render.value(values) + ")";
        }
    }

    /** The {@code index}-th sketch as read back; {@code corruption} 0..3 damages it, -1 leaves it intact. */
    record SketchRef(int index, int corruption) {
        @Override
        public String toString() {
            return "s" + index + (corruption < 0 ? "" : "!" + corruption);
        }
    }

    @Override
    public Object execute(AerospikeClient client, Key key) {
        WritePolicy wp = WriteSpec.DEFAULT.write();
        for (int i = 0; i < sketches.size(); i++) {
            Sketch s = sketches.get(i);
            client.operate(wp, key, HLLOperation.add(HLLPolicy.Default, "s" + i, HllCases.valueList(s.values()),
                    s.indexBits(), s.minhashBits()));
        }
        Record built = sketches.isEmpty() ? null : client.get(null, key);
        List<byte[]> bytes = new ArrayList<>();
        for (int i = 0; i < sketches.size(); i++) {
            Object v = built == null ? null : built.bins.get("s" + i);
            bytes.add(v instanceof Value.HLLValue h ? h.getBytes() : EMPTY_SKETCH);
        }
        Operation[] built2 = ops.stream().map(op -> op.withArgs(resolve(op.args(), bytes)).build()).toArray(Operation[]::new);
        return client.operate(wp, key, built2);
    }

    private static List<Object> resolve(List<Object> args, List<byte[]> sketches) {
        List<Object> out = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof SketchRef) {
                List<Object> values = new ArrayList<>();
                for (Object r : list) {
                    SketchRef ref = (SketchRef) r;
                    byte[] b = sketches.isEmpty() ? EMPTY_SKETCH : sketches.get(ref.index());
                    values.add(new Value.HLLValue(corrupt(b, ref.corruption())));
                }
                out.add(values);
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static byte[] corrupt(byte[] b, int how) {
        byte[] c = b.clone();
        switch (how) {
            case 0 -> c[0] = 1;
            case 1 -> c = Arrays.copyOf(c, c.length - 1);
            case 2 -> c[1] = 3;
            case 3 -> c = new byte[] {1, 2, 3, 4};
            default -> { }
        }
        return c;
    }

    /** The resolved sketch list of an op argument. */
    @SuppressWarnings("unchecked")
    static List<Value.HLLValue> resolved(Object arg) {
        return (List<Value.HLLValue>) arg;
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        for (int i = 0; i < ops.size() && ops.size() > 1; i++) {
            List<Op> fewer = new ArrayList<>(ops);
            fewer.remove(i);
            out.add(new HllCall(sketches, fewer));
        }
        for (int i = 0; i < sketches.size(); i++) {
            Sketch s = sketches.get(i);
            if (s.values().size() > 1) {
                List<Sketch> smaller = new ArrayList<>(sketches);
                smaller.set(i, new Sketch(s.indexBits(), s.minhashBits(), s.values().subList(0, s.values().size() / 2)));
                out.add(new HllCall(smaller, ops));
            }
        }
        return out;
    }

    @Override
    public String signature() {
        return String.join("+", ops.stream().map(Op::signature).toList());
    }

    @Override
    public int parts() {
        return ops.size();
    }

    @Override
    public Command part(int i) {
        return new HllCall(sketches, List.of(ops.get(i)));
    }

    @Override
    public String toString() {
        return "hll(" + sketches + "; " + String.join("; ", ops.stream().map(Op::toString).toList()) + ")";
    }
}
