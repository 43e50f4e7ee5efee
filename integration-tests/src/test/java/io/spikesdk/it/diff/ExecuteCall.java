package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Statement;
import com.aerospike.client.task.ExecuteTask;

import java.util.ArrayList;
import java.util.List;

/**
 * A background job as data: the case's records written to the run's set, an optional index (created after or before
 * the records), then {@code execute} of write operations over the set (a scan) or over an index filter (a query),
 * with an optional filter expression; compared: the answer and every record read back once the job is done.
 */
record ExecuteCall(SetRecords data, IndexSpec index, boolean indexFirst, FilterSpec filter, List<Op> ops, Expr filterExp)
        implements Command {

    static Op op(Gen g) {
        String bin = g.pick(new String[] {"i", "s", "w", "l", "m"});
        long v = g.smallLong();
        String text = g.pick(new String[] {"", "y", "ü"});
        return switch (g.nextInt(10)) {
            case 0, 1 -> new Op("", "put", bin, List.of(v), List.of(), (b, x, c) -> Operation.put(new Bin(b, (Long) x.get(0))));
            case 2 -> new Op("", "add", "i", List.of(v), List.of(), (b, x, c) -> Operation.add(new Bin(b, (Long) x.get(0))));
            case 3 -> new Op("", "append", "s", List.of(text), List.of(), (b, x, c) -> Operation.append(new Bin(b, (String) x.get(0))));
            case 4 -> new Op("list", "append", "l", List.of(v), List.of(),
                    (b, x, c) -> ListOperation.append(ListPolicy.Default, b, Values.of(x.get(0)), c));
            case 5 -> new Op("map", "put", "m", List.of(text, v), List.of(),
                    (b, x, c) -> MapOperation.put(MapPolicy.Default, b, Values.of(x.get(0)), Values.of(x.get(1)), c));
            case 6 -> new Op("", "touch", null, List.of(), List.of(), (b, x, c) -> Operation.touch());
            case 7 -> new Op("", "delete", null, List.of(), List.of(), (b, x, c) -> Operation.delete());
            case 8 -> new Op("", "get", "i", List.of(), List.of(), (b, x, c) -> Operation.get(b));
            default -> new Op("", "put", "s", List.of(text), List.of(), (b, x, c) -> Operation.put(new Bin(b, (String) x.get(0))));
        };
    }

    @Override
    public Object execute(AerospikeClient client, Key key) {
        IndexSpec.dropLeftovers(client);
        StringBuilder out = new StringBuilder();
        try {
            if (index != null && indexFirst) {
                out.append("create ").append(index.create(client)).append(" | ");
            }
            data.write(client);
            if (index != null && !indexFirst) {
                out.append("create ").append(index.create(client)).append(" | ");
            }
            out.append(run(client)).append(" | after:");
            Policy read = new Policy();
            WriteSpec.timeouts(read);
            List<Key> keys = data.keys();
            for (int i = 0; i < keys.size(); i++) {
                Record r = client.get(read, keys.get(i));
                out.append(" r").append(i).append(r == null ? "-" : "{" + Render.bins(r.bins) + " g" + r.generation + "}");
            }
            return out.toString();
        } finally {
            if (index != null) {
                IndexSpec.drop(client, index.serverName());
            }
            data.delete(client);
        }
    }

    private String run(AerospikeClient client) {
        WritePolicy policy = new WritePolicy();
        WriteSpec.timeouts(policy);
        policy.filterExp = filterExp == null ? null : filterExp.build();
        Statement stmt = new Statement();
        stmt.setNamespace(SetRecords.NAMESPACE);
        stmt.setSetName(SetRecords.SET);
        if (filter != null) {
            stmt.setFilter(filter.build());
        }
        long trid = JobInfo.newId();
        stmt.setTaskId(trid);
        try {
            ExecuteTask task = client.execute(policy, stmt, ops.stream().map(Op::build).toArray(Operation[]::new));
            task.waitTillComplete(5, 10_000);
            return "ok | job " + JobInfo.show(client, trid, true);
        } catch (AerospikeException e) {
            return "rc" + e.getResultCode();
        }
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        for (int i = 0; i < ops.size() && ops.size() > 1; i++) {
            List<Op> fewer = new ArrayList<>(ops);
            fewer.remove(i);
            out.add(new ExecuteCall(data, index, indexFirst, filter, fewer, filterExp));
        }
        if (filterExp != null) {
            out.add(new ExecuteCall(data, index, indexFirst, filter, ops, null));
        }
        if (indexFirst && index != null) {
            out.add(new ExecuteCall(data, index, false, filter, ops, filterExp));
        }
        for (SetRecords smaller : data.shrinks()) {
            out.add(new ExecuteCall(smaller, index, indexFirst, filter, ops, filterExp));
        }
        return out;
    }

    @Override
    public String signature() {
        return "execute." + (filter == null ? "scan" : "query") + ops.stream().map(Op::name).distinct().sorted().toList()
                + (filterExp != null ? ".filter" : "");
    }

    @Override
    public String toString() {
        return "execute(" + ops + (index == null ? "" : " index=" + index + (indexFirst ? " first" : ""))
                + (filter == null ? "" : " where " + filter) + (filterExp == null ? "" : " filter=" + filterExp)
                + " records=" + data + ")";
    }
}
