package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * One record UDF call as data: the starting record written to the run's UDF set, one function of {@link UdfModule}
 * with its arguments and policy, then the record read back. The outcome is the result (or the result code, with the
 * {@code FAILURE} text for a runtime error, the module's path cut off: the two servers keep modules in different
 * directories) and the record afterwards, its generation and whether it stored the key's set.
 *
 * <p>The set is {@code diff_udf_} plus this run's tag (see {@link TruncateCall#RUN_TAG}); {@code record.setname}
 * answers it, so the tag is shown as {@code <run>} to keep reports comparable across runs.
 */
record UdfCall(Setup start, String function, List<Object> args, WriteSpec policy) implements Command {
    static final String SET = "diff_udf_" + TruncateCall.RUN_TAG;

    @Override
    public Object execute(AerospikeClient client, Key key) {
        UdfModule.ensureRegistered(client);
        Key k = new Key(Differ.NAMESPACE, SET, key.userKey.toString());
        WritePolicy cleanup = new WritePolicy();
        WriteSpec.timeouts(cleanup);
        client.delete(cleanup, k);
        try {
            start.apply(client, k);
            String outcome;
            try {
                Value[] values = args.stream().map(Value::get).toArray(Value[]::new);
                outcome = Render.value(client.execute(policy.write(), k, UdfModule.NAME, function, values));
            } catch (AerospikeException e) {
                outcome = "rc" + e.getResultCode() + (e.getResultCode() == ResultCode.UDF_BAD_RESPONSE ? " " + failure(e) : "");
            }
            Policy read = new Policy();
            WriteSpec.timeouts(read);
            Record r = client.get(read, k);
            String after = r == null ? "none" : "{" + Render.bins(r.bins) + "} gen=" + r.generation;
            return (outcome + " | after: " + after).replace(TruncateCall.RUN_TAG, "<run>");
        } finally {
            client.delete(cleanup, k);
        }
    }

    /** The FAILURE text without the directory the server keeps the module in. */
    static String failure(AerospikeException e) {
        return withoutModulePath(e.getBaseMessage());
    }

    /** {@code text} with every {@code <dir>/diff_udf.lua:} cut to {@code diff_udf.lua:}. */
    static String withoutModulePath(String text) {
        return text.replaceAll("[^\\s\"]*/" + UdfModule.NAME + "\\.lua:", UdfModule.NAME + ".lua:");
    }

    /** Smaller policies, starting records and value arguments; a double never shrinks to a whole one (see {@link UdfModule}). */
    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        for (WriteSpec smaller : policy.shrinks()) {
            out.add(new UdfCall(start, function, args, smaller));
        }
        for (Setup smaller : start.shrinks()) {
            out.add(new UdfCall(smaller, function, args, policy));
        }
        int at = function.equals("echo") ? 0 : function.startsWith("put") ? 1 : -1;
        if (at >= 0) {
            for (Object smaller : Shrink.candidates(args.get(at))) {
                if (!(smaller instanceof Double)) {
                    List<Object> changed = new ArrayList<>(args);
                    changed.set(at, smaller);
                    out.add(new UdfCall(start, function, changed, policy));
                }
            }
        }
        return out;
    }

    @Override
    public String signature() {
        return "udf." + function;
    }

    @Override
    public String toString() {
        return "udf " + function + "(" + String.join(", ", args.stream().map(Render::value).toList()) + ") on " + start
                + (policy.toString().isEmpty() ? "" : " " + policy);
    }
}
