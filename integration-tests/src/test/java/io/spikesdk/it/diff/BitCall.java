package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One bit case as data: {@code OPERATE} runs the steps as bit operations in one operate call (optionally with
 * RESPOND_ALL_OPS); {@code EXP_READ} / {@code EXP_WRITE} run the steps as one nested {@code BitExp} (each step
 * working on the previous one's blob, the first on bin {@code source} or a blob literal) in an ExpOperation read
 * or a write to bin {@code target}; {@code FILTER} reads the record with the filter {@code step-result <cmp> k}.
 * The source of an expression is never nil: a bit read of nil stops the real server on an assertion.
 */
record BitCall(Mode mode, List<BitStep> steps, boolean respondAll, byte[] literal, String target, int expFlags,
               int cmp, long k) implements Command {
    enum Mode {
        OPERATE, EXP_READ, EXP_WRITE, FILTER
    }

    @Override
    public Object execute(AerospikeClient client, Key key) {
        WritePolicy wp = new WritePolicy();
        WriteSpec.timeouts(wp);
        switch (mode) {
            case OPERATE -> {
                wp.respondAllOps = respondAll;
                return client.operate(wp, key, steps.stream().map(BitStep::operation).toArray(Operation[]::new));
            }
            case EXP_READ -> {
                return client.operate(wp, key, ExpOperation.read("r", Exp.build(expression()), expFlags));
            }
            case EXP_WRITE -> {
                return client.operate(wp, key, ExpOperation.write(target, Exp.build(expression()), expFlags));
            }
            default -> {
                Policy p = new Policy();
                WriteSpec.timeouts(p);
                p.filterExp = Exp.build(filter());
                return client.get(p, key);
            }
        }
    }

    /** The steps nested: the first works on the source blob, each next one on the previous result. */
    Exp expression() {
        Exp blob = literal != null ? Exp.val(literal) : Exp.blobBin(steps.get(0).bin());
        for (BitStep step : steps) {
            blob = step.expression(blob);
        }
        return blob;
    }

    private Exp filter() {
        Exp result = expression();
        Exp other = steps.get(steps.size() - 1).expType() == Exp.Type.INT ? Exp.val(k) : Exp.val(new byte[] {(byte) k});
        return switch (cmp) {
            case 0 -> Exp.eq(result, other);
            case 1 -> Exp.ne(result, other);
            case 2 -> Exp.lt(result, other);
            default -> Exp.ge(result, other);
        };
    }

    @Override
    public boolean knownCrash() {
        return steps.stream().anyMatch(BitStep::knownCrash);
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        for (int i = 0; i < steps.size() && steps.size() > 1; i++) {
            List<BitStep> fewer = new ArrayList<>(steps);
            fewer.remove(i);
            out.add(with(fewer));
        }
        if (respondAll) {
            out.add(new BitCall(mode, steps, false, literal, target, expFlags, cmp, k));
        }
        if (expFlags != 0) {
            out.add(new BitCall(mode, steps, respondAll, literal, target, 0, cmp, k));
        }
        for (int i = 0; i < steps.size(); i++) {
            BitStep s = steps.get(i);
            if (s.flags() != 0) {
                List<BitStep> changed = new ArrayList<>(steps);
                changed.set(i, s.withFlags(0));
                out.add(with(changed));
            }
            if (s.offset() != 0) {
                List<BitStep> changed = new ArrayList<>(steps);
                changed.set(i, s.withOffset(0));
                out.add(with(changed));
            }
        }
        return out;
    }

    private BitCall with(List<BitStep> newSteps) {
        return new BitCall(mode, newSteps, respondAll, literal, target, expFlags, cmp, k);
    }

    @Override
    public String signature() {
        return mode + " " + String.join("+", steps.stream().map(s -> s.name() + (s.flags() != 0 ? "/" + s.flags() : "")).toList());
    }

    @Override
    public int parts() {
        return mode == Mode.OPERATE ? steps.size() : 1;
    }

    @Override
    public Command part(int i) {
        return mode == Mode.OPERATE ? with(List.of(steps.get(i))) : this;
    }

    @Override
    public String toString() {
        String how = switch (mode) {
            case OPERATE -> "operate" + (respondAll ? "(respondAll)" : "");
            case EXP_READ -> "expRead(flags=" + expFlags + ")";
            case EXP_WRITE -> "expWrite(" + target + ", flags=" + expFlags + ")";
            case FILTER -> "get(filter cmp" + cmp + " " + k + ")";
        };
        return how + (literal != null ? " on " + HexFormat.of().formatHex(literal) : "") + " " + steps;
    }
}
