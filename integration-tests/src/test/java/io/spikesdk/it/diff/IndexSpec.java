package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Info;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.task.IndexTask;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A secondary index a query case creates and drops again: its name (one of a few, tagged with the run on the
 * servers, so leftovers of an aborted run never serve this run's queries), whether it covers only the case's set,
 * the bin, key type, collection type and CDT context. Real servers cap the number of indexes: every case drops what it
 * creates.
 */
record IndexSpec(String name, boolean onSet, String bin, IndexType type, IndexCollectionType collection,
                 List<CtxStep> ctx) {
    static final String PREFIX = "dq_" + TruncateCall.RUN_TAG + "_";

    String serverName() {
        return PREFIX + name;
    }

    /** Creates the index and waits until it is built: {@code ok} or the result code it was refused with. */
    String create(AerospikeClient client) {
        dropLeftovers(client);
        Policy p = new Policy();
        WriteSpec.timeouts(p);
        try {
            IndexTask task = client.createIndex(p, SetRecords.NAMESPACE, onSet ? SetRecords.SET : null, serverName(), bin,
                    type, collection, CtxStep.toCtx(ctx));
            task.waitTillComplete(5, 10_000);
            return "ok";
        } catch (AerospikeException e) {
            return "rc" + e.getResultCode();
        }
    }

    /** Drops the index by name and waits until it is gone (a real server drops it in the background). */
    static void drop(AerospikeClient client, String serverName) {
        Node node = client.getNodes()[0];
        Info.request(null, node, "sindex-delete:namespace=" + SetRecords.NAMESPACE + ";indexname=" + serverName);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline
                && !Info.request(null, node, IndexTask.buildStatusCommand(SetRecords.NAMESPACE, serverName)).contains(":201:")) {
            Thread.onSpinWait();
        }
    }

    private static final Set<AerospikeClient> CLEANED = Collections.newSetFromMap(new WeakHashMap<>());

    /**
     * Once per client: drops every index an earlier run of this harness left behind (an aborted run cannot drop its
     * own); a namespace-wide one would serve this run's queries.
     */
    static void dropLeftovers(AerospikeClient client) {
        synchronized (CLEANED) {
            if (!CLEANED.add(client)) {
                return;
            }
        }
        Node node = client.getNodes()[0];
        String list = Info.request(null, node, "sindex-list:ns=" + SetRecords.NAMESPACE);
        for (String entry : list.split(";")) {
            for (String field : entry.split(":")) {
                if (field.startsWith("indexname=dq_")) {
                    drop(client, field.substring("indexname=".length()));
                }
            }
        }
    }

    @Override
    public String toString() {
        return name + "(" + (onSet ? "" : "ns-wide ") + bin + " " + type + (collection == IndexCollectionType.DEFAULT ? ""
                : " " + collection) + (ctx.isEmpty() ? "" : " ctx=" + ctx) + ")";
    }

    /**
     * The figures of {@code sindex/<ns>/<name>} that say what the index holds ({@code entries}, {@code load_pct}), or the
     * answer when there are none. Not {@code entries_per_bval} and {@code entries_per_rec}: a real server estimates
     * them in the background after the build (0 until then, even once {@code load_pct=100}) and then hourly. Nor
     * {@code entries} of an index over the whole namespace: a real server's namespace holds other tests' records too.
     */
    static String stats(AerospikeClient client, String serverName, boolean onSet) {
        String answer = Info.request(null, client.getNodes()[0], IndexTask.buildStatusCommand(SetRecords.NAMESPACE, serverName));
        List<String> kept = new java.util.ArrayList<>();
        for (String field : answer.split(";")) {
            if (field.startsWith("entries=") && onSet || field.startsWith("load_pct=")) {
                kept.add(field);
            }
        }
        return kept.isEmpty() ? answer : String.join(";", kept);
    }

    /** The index's {@code sindex-list} entry with the run-tagged names shortened, or {@code absent}. */
    static String listed(AerospikeClient client, String serverName) {
        String list = Info.request(null, client.getNodes()[0], "sindex-list:ns=" + SetRecords.NAMESPACE);
        for (String entry : list.split(";")) {
            if (entry.contains(":indexname=" + serverName + ":")) {
                return entry.replace(SetRecords.SET, "SET").replace(PREFIX, "");
            }
        }
        return "absent";
    }
}
