package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;

import java.util.ArrayList;
import java.util.List;

/** {@code operate(policy, key, ops...)}. */
record OperateCommand(WriteSpec policy, List<Op> ops) implements Command {
    @Override
    public Object execute(AerospikeClient client, Key key) {
        Operation[] built = ops.stream().map(Op::build).toArray(Operation[]::new);
        return client.operate(policy.write(), key, built);
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        for (int i = 0; i < ops.size() && ops.size() > 1; i++) {
            List<Op> fewer = new ArrayList<>(ops);
            fewer.remove(i);
            out.add(new OperateCommand(policy, fewer));
        }
        for (WriteSpec simpler : policy.shrinks()) {
            out.add(new OperateCommand(simpler, ops));
        }
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (!op.ctx().isEmpty()) {
                out.add(with(i, op.withCtx(op.ctx().subList(0, op.ctx().size() - 1))));
            }
            for (int a = 0; a < op.args().size(); a++) {
                for (Object smaller : Shrink.candidates(op.args().get(a))) {
                    List<Object> args = new ArrayList<>(op.args());
                    args.set(a, smaller);
                    out.add(with(i, op.withArgs(args)));
                }
            }
            for (int c = 0; c < op.ctx().size(); c++) {
                for (Object smaller : Shrink.candidates(op.ctx().get(c).arg())) {
                    List<CtxStep> ctx = new ArrayList<>(op.ctx());
                    ctx.set(c, ctx.get(c).withArg(smaller));
                    out.add(with(i, op.withCtx(ctx)));
                }
            }
        }
        return out;
    }

    private OperateCommand with(int i, Op op) {
        List<Op> changed = new ArrayList<>(ops);
        changed.set(i, op);
        return new OperateCommand(policy, changed);
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
        return new OperateCommand(policy, List.of(ops.get(i)));
    }

    @Override
    public boolean knownCrash() {
        return ops.stream().anyMatch(CrashGuard::knownCrash);
    }

    @Override
    public String toString() {
        String p = policy.toString();
        return "operate(" + (p.isEmpty() ? "" : p + "; ") + String.join("; ", ops.stream().map(Op::toString).toList()) + ")";
    }
}
