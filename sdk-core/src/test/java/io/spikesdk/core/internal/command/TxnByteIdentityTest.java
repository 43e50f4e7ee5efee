package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.BatchDelete;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRead;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDF;
import io.spikesdk.api.BatchUDFPolicy;
import io.spikesdk.api.BatchWrite;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Txn;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A whole transaction run by the official client 9.0.5 and by ours with the same transaction id against one
 * scripted node ({@link TxnReplies}: the monitor answers a deadline, reads a record version): every request frame,
 * in order, must be byte-identical: reads, writes, operate, delete, touch, UDF and batches in the transaction
 * (TXN_ID, RECORD_VERSION, TXN_DEADLINE fields, info4 bits), the monitor's add-keys writes, the verify batch and
 * its single-key form, the roll-forward mark, the roll-forward and roll-back batches and their single-key form,
 * and the close.
 */
class TxnByteIdentityTest {
    private static FakeNode node;
    private static com.aerospike.client.AerospikeClient official;
    private static AerospikeClient ours;

    @BeforeAll
    static void start() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test", "bar");
        node.respondWith(new TxnReplies());
        official = new com.aerospike.client.AerospikeClient(new com.aerospike.client.policy.ClientPolicy(),
            new com.aerospike.client.Host("127.0.0.1", node.port()));
        ours = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port())).build())
            .connect();
    }

    @AfterAll
    static void stop() throws Exception {
        official.close();
        ours.close();
        node.close();
    }

    private static com.aerospike.client.Key tk(String k) {
        return new com.aerospike.client.Key("test", "demo", k);
    }

    private static Key mk(String k) {
        return Key.of("test", "demo", k);
    }

    /** Runs both flows with one transaction id and compares their frames in order. */
    private static void sameFrames(int timeout, Consumer<com.aerospike.client.Txn> theirs, Consumer<Txn> mine,
                                   String expectedKinds) throws InterruptedException {
        com.aerospike.client.Txn t = new com.aerospike.client.Txn();
        t.setTimeout(timeout);
        node.clearRequests();
        theirs.accept(t);
        List<String> theirFrames = drain();
        Txn m = ApiAccess.txn(t.getId(), timeout);
        mine.accept(m);
        List<String> myFrames = drain();
        assertEquals(expectedKinds, kinds(theirFrames), "the official client's requests");
        assertEquals(String.join("\n", theirFrames), String.join("\n", myFrames));
    }

    private static String kinds(List<String> frames) {
        return String.join(" ", frames.stream().map(f -> f.substring(0, f.indexOf(' '))).toList());
    }

    private static List<String> drain() throws InterruptedException {
        List<String> frames = new ArrayList<>();
        while (node.pendingRequests() > 0) {
            frames.add(TxnReplies.kind(peek()) + " " + HexFormat.of().formatHex(last));
        }
        return frames;
    }

    private static byte[] last;

    private static byte[] peek() throws InterruptedException {
        last = node.nextRequest();
        return last;
    }

    @Test
    void everyCommandKindThenCommit() throws InterruptedException {
        sameFrames(10, t -> {
            com.aerospike.client.policy.Policy rp = new com.aerospike.client.policy.Policy();
            rp.txn = t;
            com.aerospike.client.policy.WritePolicy wp = new com.aerospike.client.policy.WritePolicy();
            wp.txn = t;
            com.aerospike.client.policy.BatchPolicy bp = new com.aerospike.client.policy.BatchPolicy();
            bp.txn = t;
            official.get(rp, tk("r1"));
            official.get(rp, tk("r2"), "a");
            official.exists(rp, tk("r3"));
            official.put(wp, tk("w1"), new com.aerospike.client.Bin("a", 1));
            official.put(wp, tk("w1"), new com.aerospike.client.Bin("a", 2));
            official.operate(wp, tk("w2"), com.aerospike.client.Operation.add(new com.aerospike.client.Bin("n", 1)),
                com.aerospike.client.Operation.get("n"));
            official.operate(wp, tk("r4"), com.aerospike.client.Operation.get("n"));
            official.delete(wp, tk("w3"));
            official.touch(wp, tk("w4"));
            official.execute(wp, tk("w5"), "mod", "fn", com.aerospike.client.Value.get(1));
            official.get(bp, new com.aerospike.client.Key[] {tk("b1"), tk("b2"), tk("b3")});
            official.get(bp, new com.aerospike.client.Key[] {tk("r1"), tk("b4")});
            List<com.aerospike.client.BatchRecord> rows = new ArrayList<>();
            rows.add(new com.aerospike.client.BatchWrite(tk("bw1"),
                new com.aerospike.client.Operation[] {com.aerospike.client.Operation.put(new com.aerospike.client.Bin("a", 1))}));
            rows.add(new com.aerospike.client.BatchRead(tk("r2"), true));
            rows.add(new com.aerospike.client.BatchDelete(tk("bw2")));
            official.operate(bp, rows);
            official.delete(bp, null, new com.aerospike.client.Key[] {tk("bd1")});
            official.commit(t);
        }, m -> {
            Policy rp = Policy.builder().txn(m).build();
            WritePolicy wp = WritePolicy.builder().txn(m).build();
            BatchPolicy bp = BatchPolicy.builder().txn(m).build();
            ours.get(rp, mk("r1"));
            ours.get(rp, mk("r2"), "a");
            ours.exists(rp, mk("r3"));
            ours.put(wp, mk("w1"), Bin.of("a", 1));
            ours.put(wp, mk("w1"), Bin.of("a", 2));
            ours.operate(wp, mk("w2"), Operations.add("n", 1), Operations.get("n"));
            ours.operate(wp, mk("r4"), Operations.get("n"));
            ours.delete(wp, mk("w3"));
            ours.touch(wp, mk("w4"));
            ours.execute(wp, mk("w5"), "mod", "fn", Value.of(1));
            ours.get(bp, new Key[] {mk("b1"), mk("b2"), mk("b3")});
            ours.get(bp, new Key[] {mk("r1"), mk("b4")});
            List<BatchRecord> rows = new ArrayList<>();
            rows.add(new BatchWrite(mk("bw1"), Operations.put("a", 1)));
            rows.add(BatchRead.allBins(mk("r2")));
            rows.add(new BatchDelete(mk("bw2")));
            ours.operate(bp, rows);
            ours.delete(bp, null, new Key[] {mk("bd1")});
            ours.commit(m);
        }, "READ READ READ MONITOR WRITE WRITE MONITOR WRITE READ MONITOR WRITE MONITOR WRITE MONITOR WRITE BATCH BATCH "
            + "MONITOR BATCH MONITOR WRITE BATCH MONITOR_MARK BATCH MONITOR_CLOSE");
    }

    @Test
    void oneReadOneWriteThenCommit() throws InterruptedException {
        sameFrames(0, t -> {
            com.aerospike.client.policy.WritePolicy wp = new com.aerospike.client.policy.WritePolicy();
            wp.txn = t;
            official.get(wp, tk("r1"));
            official.put(wp, tk("w1"), new com.aerospike.client.Bin("a", "x"));
            official.commit(t);
        }, m -> {
            WritePolicy wp = WritePolicy.builder().txn(m).build();
            ours.get(wp, mk("r1"));
            ours.put(wp, mk("w1"), Bin.of("a", "x"));
            ours.commit(m);
        }, "READ MONITOR WRITE VERIFY MONITOR_MARK ROLL_FORWARD MONITOR_CLOSE");
    }

    @Test
    void writesThenAbort() throws InterruptedException {
        sameFrames(5, t -> {
            com.aerospike.client.policy.WritePolicy wp = new com.aerospike.client.policy.WritePolicy();
            wp.txn = t;
            official.put(wp, tk("w1"), new com.aerospike.client.Bin("a", 1));
            official.put(wp, tk("w2"), new com.aerospike.client.Bin("a", 1));
            official.get(wp, tk("w1"));
            official.abort(t);
        }, m -> {
            WritePolicy wp = WritePolicy.builder().txn(m).build();
            ours.put(wp, mk("w1"), Bin.of("a", 1));
            ours.put(wp, mk("w2"), Bin.of("a", 1));
            ours.get(wp, mk("w1"));
            ours.abort(m);
        }, "MONITOR WRITE MONITOR WRITE READ BATCH MONITOR_CLOSE");
    }

    @Test
    void oneWriteThenAbort() throws InterruptedException {
        sameFrames(0, t -> {
            com.aerospike.client.policy.WritePolicy wp = new com.aerospike.client.policy.WritePolicy();
            wp.txn = t;
            official.put(wp, tk("w1"), new com.aerospike.client.Bin("a", 1));
            official.abort(t);
        }, m -> {
            ours.put(WritePolicy.builder().txn(m).build(), mk("w1"), Bin.of("a", 1));
            ours.abort(m);
        }, "MONITOR WRITE ROLL_BACK MONITOR_CLOSE");
    }

    @Test
    void onLockingOnlyWrites() throws InterruptedException {
        sameFrames(0, t -> {
            com.aerospike.client.policy.WritePolicy wp = new com.aerospike.client.policy.WritePolicy();
            wp.txn = t;
            wp.onLockingOnly = true;
            official.put(wp, tk("l1"), new com.aerospike.client.Bin("a", 1));
            official.operate(wp, tk("l2"), com.aerospike.client.Operation.put(new com.aerospike.client.Bin("a", 1)));
            official.execute(wp, tk("l3"), "mod", "fn");
            official.abort(t);
        }, m -> {
            WritePolicy wp = WritePolicy.builder().txn(m).onLockingOnly(true).build();
            ours.put(wp, mk("l1"), Bin.of("a", 1));
            ours.operate(wp, mk("l2"), Operations.put("a", 1));
            ours.execute(wp, mk("l3"), "mod", "fn");
            ours.abort(m);
        }, "MONITOR WRITE MONITOR WRITE MONITOR WRITE BATCH MONITOR_CLOSE");
    }

    @Test
    void onLockingOnlyBatchRows() throws InterruptedException {
        sameFrames(0, t -> {
            com.aerospike.client.policy.BatchPolicy bp = new com.aerospike.client.policy.BatchPolicy();
            bp.txn = t;
            com.aerospike.client.policy.BatchWritePolicy bwp = new com.aerospike.client.policy.BatchWritePolicy();
            bwp.onLockingOnly = true;
            com.aerospike.client.policy.BatchUDFPolicy bup = new com.aerospike.client.policy.BatchUDFPolicy();
            bup.onLockingOnly = true;
            com.aerospike.client.Operation[] put = {com.aerospike.client.Operation.put(new com.aerospike.client.Bin("a", 1))};
            List<com.aerospike.client.BatchRecord> rows = new ArrayList<>();
            rows.add(new com.aerospike.client.BatchWrite(bwp, tk("l1"), put));
            rows.add(new com.aerospike.client.BatchWrite(bwp, tk("l2"), put));
            rows.add(new com.aerospike.client.BatchUDF(bup, tk("l3"), "mod", "fn", new com.aerospike.client.Value[0]));
            rows.add(new com.aerospike.client.BatchWrite(tk("l4"), put));
            official.operate(bp, rows);
            official.operate(bp, bwp, new com.aerospike.client.Key[] {tk("l5"), tk("l6")}, put);
            official.operate(bp, bwp, new com.aerospike.client.Key[] {tk("l7")}, put);
            // outside a transaction a batch row carries no info4; a lone key's single-record form keeps the bit
            official.operate(null, bwp, new com.aerospike.client.Key[] {tk("n1"), tk("n2")}, put);
            official.operate(null, bwp, new com.aerospike.client.Key[] {tk("n3")}, put);
            official.abort(t);
        }, m -> {
            BatchPolicy bp = BatchPolicy.builder().txn(m).build();
            BatchWritePolicy bwp = BatchWritePolicy.builder().onLockingOnly(true).build();
            BatchUDFPolicy bup = BatchUDFPolicy.builder().onLockingOnly(true).build();
            Operation[] put = {Operations.put("a", 1)};
            List<BatchRecord> rows = new ArrayList<>();
            rows.add(new BatchWrite(bwp, mk("l1"), put));
            rows.add(new BatchWrite(bwp, mk("l2"), put));
            rows.add(new BatchUDF(bup, mk("l3"), "mod", "fn"));
            rows.add(new BatchWrite(mk("l4"), put));
            ours.operate(bp, rows);
            ours.operate(bp, bwp, new Key[] {mk("l5"), mk("l6")}, put);
            ours.operate(bp, bwp, new Key[] {mk("l7")}, put);
            ours.operate(null, bwp, new Key[] {mk("n1"), mk("n2")}, put);
            ours.operate(null, bwp, new Key[] {mk("n3")}, put);
            ours.abort(m);
        }, "MONITOR BATCH MONITOR BATCH MONITOR WRITE BATCH WRITE ROLL_BACK MONITOR_CLOSE");
    }
}
