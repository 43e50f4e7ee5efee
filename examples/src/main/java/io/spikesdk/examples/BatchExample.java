package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.BatchDelete;
import io.spikesdk.api.BatchRead;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchWrite;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;

import java.io.PrintStream;
import java.util.List;

/**
 * Batches: a batch get of several keys (one round trip per node, results in key order, null for a missing
 * record), then one batch mixing writes, a delete and a read, each row with its own outcome. Uses the server
 * given as the first argument ({@code host:port}), or an embedded one.
 */
public final class BatchExample {
    private BatchExample() {
    }

    public static void main(String[] args) {
        ExampleMain.run(args, BatchExample::run);
    }

    /** The example itself, printing what it does to {@code out}. */
    public static void run(List<Host> hosts, PrintStream out) {
        try (AerospikeClient client = Aerospike.client(ClientConfig.builder().hosts(hosts).build()).connect()) {
            Key[] keys = {Key.of("test", "batch-demo", "ada"), Key.of("test", "batch-demo", "alan"),
                Key.of("test", "batch-demo", "grace")};
            client.delete(keys);
            client.put(keys[0], Bin.of("name", "Ada"), Bin.of("score", 10));
            client.put(keys[2], Bin.of("name", "Grace"), Bin.of("score", 30));

            Record[] records = client.get(keys);
            for (int i = 0; i < keys.length; i++) {
                out.println("get    " + keys[i].userKey() + " -> " + (records[i] == null ? "missing" : records[i].bins()));
            }

            BatchWritePolicy onlyIfUnchanged = BatchWritePolicy.builder()
                .generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL).generation(7).build();
            // a write row answers every operation in order (null for a write), so "score" reads [null, 15]
            List<BatchRecord> rows = List.of(
                new BatchWrite(keys[0], Operations.add("score", 5), Operations.get("score")),
                new BatchWrite(keys[1], Operations.put("name", "Alan"), Operations.put("score", 20)),
                new BatchWrite(onlyIfUnchanged, keys[2], Operations.put("score", 0)),
                new BatchDelete(Key.of("test", "batch-demo", "nobody")),
                BatchRead.bins(keys[1], "name"));
            boolean allOk = client.operate(rows);
            for (BatchRecord row : rows) {
                out.println(describe(row));
            }
            out.println("all rows succeeded: " + allOk);
            client.delete(keys);
        }
    }

    private static String describe(BatchRecord row) {
        String kind = row.getClass().getSimpleName();
        String outcome = row.resultCode() == 0 ? "ok" : nameOf(row.resultCode());
        return String.format("%-11s %-6s %s%s", kind, row.key().userKey(), outcome,
            row.record() == null || row.record().bins().isEmpty() ? "" : " " + row.record().bins());
    }

    private static String nameOf(int code) {
        ResultCode rc = ResultCode.fromCode(code);
        return rc == null ? "code " + code : rc.name();
    }
}
