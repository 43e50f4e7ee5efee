package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.BatchRecord;
import com.aerospike.client.BatchUDF;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.BatchUDFPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Statement;
import com.aerospike.client.task.ExecuteTask;

import java.util.ArrayList;
import java.util.List;

/**
 * UDFs over several records of the run's UDF set ({@link UdfCall#SET}): their starting records (none for an empty
 * setup) are written, then either a batch of {@link BatchUDF} rows (each its own key, function, arguments and
 * sendKey) or one background UDF (the first row's function) over the whole set, optionally filtered; the outcome is
 * every row's result code and {@code SUCCESS}/{@code FAILURE} bin, then every record read back.
 */
record UdfManyCall(boolean background, List<Setup> starts, List<Row> rows, Expr filter) implements Command {
    /** One row: the index of its record, the function and its arguments, and whether it sends the key. */
    record Row(int record, String function, List<Object> args, boolean sendKey) {
        Value[] values() {
            return args.stream().map(Value::get).toArray(Value[]::new);
        }

        @Override
        public String toString() {
            return "r" + record + "." + function + "(" + String.join(", ", args.stream().map(Render::value).toList()) + ")"
                    + (sendKey ? "+sendKey" : "");
        }
    }

    @Override
    public Object execute(AerospikeClient client, Key key) {
        UdfModule.ensureRegistered(client);
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            keys.add(new Key(Differ.NAMESPACE, UdfCall.SET, key.userKey + "#u" + i));
        }
        WritePolicy cleanup = new WritePolicy();
        WriteSpec.timeouts(cleanup);
        keys.forEach(k -> client.delete(cleanup, k));
        try {
            for (int i = 0; i < keys.size(); i++) {
                starts.get(i).apply(client, keys.get(i));
            }
            StringBuilder out = new StringBuilder();
            if (background) {
                WritePolicy policy = new WritePolicy();
                WriteSpec.timeouts(policy);
                policy.filterExp = filter == null ? null : filter.build();
                Row row = rows.get(0);
                Statement statement = new Statement();
                statement.setNamespace(Differ.NAMESPACE);
                statement.setSetName(UdfCall.SET);
                ExecuteTask task = client.execute(policy, statement, UdfModule.NAME, row.function(), row.values());
                task.waitTillComplete(1, 10_000);
                out.append("done");
            } else {
                BatchPolicy policy = new BatchPolicy();
                WriteSpec.timeouts(policy);
                policy.filterExp = filter == null ? null : filter.build();
                List<BatchRecord> batch = new ArrayList<>();
                for (Row row : rows) {
                    BatchUDFPolicy rowPolicy = new BatchUDFPolicy();
                    rowPolicy.sendKey = row.sendKey();
                    batch.add(new BatchUDF(rowPolicy, keys.get(row.record()), UdfModule.NAME, row.function(), row.values()));
                }
                out.append("status=").append(client.operate(policy, batch));
                for (BatchRecord b : batch) {
                    out.append(' ').append(b.resultCode).append(b.inDoubt ? "?" : "").append(':')
                            .append(b.record == null ? "-" : "{" + Render.bins(b.record.bins) + "}");
                }
            }
            Policy read = new Policy();
            WriteSpec.timeouts(read);
            out.append(" | after:");
            for (Key k : keys) {
                Record r = client.get(read, k);
                out.append(' ').append(r == null ? "none" : "{" + Render.bins(r.bins) + "} gen=" + r.generation);
            }
            return UdfCall.withoutModulePath(out.toString()).replace(TruncateCall.RUN_TAG, "<run>");
        } finally {
            keys.forEach(k -> client.delete(cleanup, k));
        }
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        if (filter != null) {
            out.add(new UdfManyCall(background, starts, rows, null));
        }
        for (int i = 0; i < rows.size() && rows.size() > 1; i++) {
            List<Row> fewer = new ArrayList<>(rows);
            fewer.remove(i);
            out.add(new UdfManyCall(background, starts, fewer, filter));
        }
        for (int i = 0; i < starts.size(); i++) {
            for (Setup smaller : starts.get(i).shrinks()) {
                List<Setup> changed = new ArrayList<>(starts);
                changed.set(i, smaller);
                out.add(new UdfManyCall(background, changed, rows, filter));
            }
        }
        return out;
    }

    @Override
    public String signature() {
        return background ? "udf.background." + rows.get(0).function() : "udf.batch";
    }

    @Override
    public String toString() {
        return (background ? "udf background " : "udf batch ") + rows + " on " + starts + (filter == null ? "" : " filter=" + filter);
    }
}
