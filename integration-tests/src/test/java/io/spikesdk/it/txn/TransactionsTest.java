package io.spikesdk.it.txn;

import io.spikesdk.api.AbortStatus;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDF;
import io.spikesdk.api.BatchUDFPolicy;
import io.spikesdk.api.BatchWrite;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.Bin;
import io.spikesdk.api.CommitError;
import io.spikesdk.api.CommitException;
import io.spikesdk.api.CommitStatus;
import io.spikesdk.api.Key;
import io.spikesdk.api.Language;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Txn;
import io.spikesdk.api.TxnOptions;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Multi-record transactions through the public API against a strong-consistency namespace: read-your-writes,
 * isolation from another client, blocking, verify failure, abort, expiry, the retrying {@code transaction(...)},
 * batches and the async client.
 */
class TransactionsTest {
    private static final String SET = "txn-it";
    private static ScTarget target;
    private static AerospikeClient client;
    private static AerospikeClient other;

    @BeforeAll
    static void start() {
        target = ScTarget.start();
        if (target.strongConsistency()) {
            client = target.client();
            other = target.client();
        }
    }

    @BeforeEach
    void needsStrongConsistency() {
        target.assumeStrongConsistency();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
            other.close();
        }
        target.close();
    }

    private static Key key(String name) {
        Key key = Key.of(target.namespace, SET, name);
        client.delete(WritePolicy.builder().durableDelete(true).build(), key);
        return key;
    }

    private static Policy read(Txn txn) {
        return Policy.builder().txn(txn).build();
    }

    private static WritePolicy write(Txn txn) {
        return WritePolicy.builder().txn(txn).durableDelete(true).build();
    }

    private static ResultCode code(Runnable command) {
        return assertThrows(AerospikeException.class, command::run).resultCode();
    }

    @Test
    void writesAreReadInsideTheTransactionAndSeenByOthersOnlyAfterCommit() {
        Key key = key("ryw");
        client.put(key, Bin.of("v", 1));
        Txn txn = new Txn();
        client.put(write(txn), key, Bin.of("v", 2));
        assertEquals(2, client.get(read(txn), key).getInt("v"), "read your writes");
        assertEquals(1, other.get(key).getInt("v"), "another client reads the committed record");
        assertEquals(CommitStatus.OK, client.commit(txn));
        assertEquals(2, other.get(key).getInt("v"));
        assertEquals(Txn.State.COMMITTED, txn.state());
    }

    @Test
    void aRecordWrittenInATransactionBlocksOtherWriters() {
        Key key = key("blocked");
        client.put(key, Bin.of("v", 1));
        Txn txn = new Txn();
        client.put(write(txn), key, Bin.of("v", 2));
        assertEquals(ResultCode.MRT_BLOCKED, code(() -> other.put(key, Bin.of("v", 3))));
        Txn second = new Txn();
        assertEquals(ResultCode.MRT_BLOCKED, code(() -> other.put(write(second), key, Bin.of("v", 4))));
        other.abort(second);
        client.commit(txn);
        other.put(key, Bin.of("v", 5));
        assertEquals(5, client.get(key).getInt("v"));
    }

    @Test
    void aRecordChangedAfterTheTransactionReadItFailsTheCommit() {
        Key read = key("read");
        Key written = key("written");
        client.put(read, Bin.of("v", 1));
        client.put(written, Bin.of("v", 1));
        Txn txn = new Txn();
        assertEquals(1, client.get(read(txn), read).getInt("v"));
        client.put(write(txn), written, Bin.of("v", 2));
        other.put(read, Bin.of("v", 10));
        CommitException e = assertThrows(CommitException.class, () -> client.commit(txn));
        assertEquals(CommitError.VERIFY_FAIL, e.error());
        assertEquals(ResultCode.TXN_FAILED, e.resultCode());
        assertEquals(java.util.Map.of(read, ResultCode.MRT_VERSION_MISMATCH), e.verifyResults());
        assertEquals(java.util.Map.of(written, ResultCode.OK), e.rollResults());
        assertFalse(e.inDoubt());
        assertEquals(Txn.State.ABORTED, txn.state());
        assertEquals(1, client.get(written).getInt("v"), "rolled back");
        assertEquals(AbortStatus.ALREADY_ABORTED, client.abort(txn));
    }

    @Test
    void aWriteToARecordChangedSinceTheTransactionReadItIsRefused() {
        Key account = key("lost-update");
        client.put(account, Bin.of("v", 1));
        Txn txn = new Txn();
        int seen = client.get(read(txn), account).getInt("v");
        other.put(account, Bin.of("v", 10));
        assertEquals(ResultCode.MRT_VERSION_MISMATCH,
            code(() -> client.put(write(txn), account, Bin.of("v", seen + 1))), "the other update is not lost");
        assertEquals(10, other.get(account).getInt("v"));
        client.abort(txn);

        AtomicInteger attempts = new AtomicInteger();
        client.transaction(tx -> {
            int v = tx.get(account).getInt("v");
            if (attempts.incrementAndGet() == 1) {
                other.put(account, Bin.of("v", 20));
            }
            tx.put(account, Bin.of("v", v + 1));
        });
        assertEquals(2, attempts.get(), "retried after the version mismatch");
        assertEquals(21, other.get(account).getInt("v"));
    }

    @Test
    void abortRestoresEveryRecord() {
        Key updated = key("updated");
        Key deleted = key("deleted");
        Key created = key("created");
        client.put(updated, Bin.of("v", 1));
        client.put(deleted, Bin.of("v", 1));
        Txn txn = new Txn();
        client.operate(write(txn), updated, Operations.add("v", 5));
        assertTrue(client.delete(write(txn), deleted));
        client.put(write(txn), created, Bin.of("v", 1));
        assertNull(client.get(read(txn), deleted), "deleted inside the transaction");
        assertEquals(AbortStatus.OK, client.abort(txn));
        assertEquals(1, client.get(updated).getInt("v"));
        assertEquals(1, client.get(deleted).getInt("v"));
        assertNull(client.get(created));
    }

    @Test
    void anExpiredTransactionIsRolledBackByTheServer() {
        Assumptions.assumeTrue(target.embedded() != null, "moves the embedded server's clock");
        Key key = key("expired");
        client.put(key, Bin.of("v", 1));
        Txn txn = new Txn(5);
        client.put(write(txn), key, Bin.of("v", 2));
        target.embedded().clock().advance(Duration.ofSeconds(6));
        assertEquals(1, other.get(key).getInt("v"), "rolled back by the server");
        other.put(key, Bin.of("v", 3));
        CommitException e = assertThrows(CommitException.class, () -> client.commit(txn));
        assertEquals(CommitError.MARK_ROLL_FORWARD_ABANDONED, e.error());
        assertEquals(Txn.State.ABORTED, txn.state());
        assertEquals(3, client.get(key).getInt("v"));
    }

    @Test
    void aTransactionSpansOneNamespace() {
        Txn txn = new Txn();
        client.put(write(txn), key("ns"), Bin.of("v", 1));
        AerospikeException e = assertThrows(AerospikeException.class,
            () -> client.get(read(txn), Key.of("other-namespace", SET, "x")));
        assertEquals(ResultCode.PARAMETER_ERROR, e.resultCode());
        client.abort(txn);
    }

    @Test
    void batchesJoinTransactions() {
        Key[] keys = new Key[20];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key("batch-" + i);
            client.put(keys[i], Bin.of("v", i));
        }
        Txn txn = new Txn();
        List<BatchRecord> rows = new ArrayList<>();
        for (Key k : keys) {
            rows.add(new BatchWrite(k, Operations.add("v", 100)));
        }
        assertTrue(client.operate(BatchPolicy.builder().txn(txn).build(), rows));
        Record[] inside = client.get(BatchPolicy.builder().txn(txn).build(), keys);
        Record[] outside = other.get(keys);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(100 + i, inside[i].getInt("v"));
            assertEquals(i, outside[i].getInt("v"));
        }
        assertEquals(CommitStatus.OK, client.commit(txn));
        Record[] after = other.get(keys);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(100 + i, after[i].getInt("v"));
        }
    }

    @Test
    void anOnLockingOnlyBatchRowFailsWhenTheTransactionAlreadyHoldsTheRecord() {
        client.registerUdf("function set_v(rec, v)\n  rec['v'] = v\n  aerospike:update(rec)\nend\n",
            "it_txn_locking.lua", Language.LUA).waitTillComplete();
        Key held = key("locking-held");
        Key heldByUdf = key("locking-held-udf");
        Key fresh = key("locking-fresh");
        Txn txn = new Txn();
        client.put(write(txn), held, Bin.of("v", 1));
        client.put(write(txn), heldByUdf, Bin.of("v", 1));
        BatchWritePolicy lockingOnly = BatchWritePolicy.builder().onLockingOnly(true).build();
        BatchUDFPolicy udfLockingOnly = BatchUDFPolicy.builder().onLockingOnly(true).build();
        List<BatchRecord> rows = List.of(new BatchWrite(lockingOnly, held, Operations.put("v", 2)),
            new BatchUDF(udfLockingOnly, heldByUdf, "it_txn_locking", "set_v", Value.of(2)),
            new BatchWrite(lockingOnly, fresh, Operations.put("v", 3)));
        assertFalse(client.operate(BatchPolicy.builder().txn(txn).build(), rows));
        assertEquals(ResultCode.MRT_ALREADY_LOCKED.code(), rows.get(0).resultCode());
        assertEquals(ResultCode.MRT_ALREADY_LOCKED.code(), rows.get(1).resultCode());
        assertEquals(ResultCode.OK.code(), rows.get(2).resultCode());
        assertEquals(CommitStatus.OK, client.commit(txn));
        assertEquals(1, other.get(held).getInt("v"));
        assertEquals(1, other.get(heldByUdf).getInt("v"));
        assertEquals(3, other.get(fresh).getInt("v"));
    }

    @Test
    void transactionRunsTheBodyAgainAfterABlockedWrite() {
        Key key = key("retried");
        client.put(key, Bin.of("v", 1));
        Txn blocker = new Txn();
        other.put(write(blocker), key, Bin.of("v", 99));
        AtomicInteger attempts = new AtomicInteger();
        client.transaction(tx -> {
            if (attempts.incrementAndGet() == 1) {
                try {
                    tx.add(key, Bin.of("v", 1));
                } finally {
                    other.abort(blocker);
                }
            }
            tx.add(key, Bin.of("v", 1));
        });
        assertEquals(2, attempts.get());
        assertEquals(2, client.get(key).getInt("v"));
    }

    @Test
    void transactionAbortsAndThrowsOtherErrors() {
        Key key = key("failed");
        client.put(key, Bin.of("v", 1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.transaction(tx -> {
            tx.put(key, Bin.of("v", 2));
            throw new IllegalStateException("changed my mind");
        }));
        assertEquals("changed my mind", e.getMessage());
        assertEquals(1, client.get(key).getInt("v"), "aborted");
        AerospikeException blocked = assertThrows(AerospikeException.class,
            () -> client.transaction(TxnOptions.builder().maxAttempts(2).build(), tx -> {
                Txn holder = new Txn();
                other.put(write(holder), key, Bin.of("v", 7));
                try {
                    tx.put(key, Bin.of("v", 3));
                } finally {
                    other.abort(holder);
                }
            }));
        assertEquals(ResultCode.MRT_BLOCKED, blocked.resultCode(), "after maxAttempts");
        assertEquals(1, client.get(key).getInt("v"));
    }

    @Test
    void transactionResultReturnsTheCommittedAttemptsValue() {
        Key key = key("result");
        client.put(key, Bin.of("v", 41));
        int v = client.transactionResult(tx -> {
            int now = tx.get(key).getInt("v") + 1;
            tx.put(key, Bin.of("v", now));
            return now;
        });
        assertEquals(42, v);
        assertEquals(42, other.get(key).getInt("v"));
    }

    @Test
    void theAsyncClientRunsTransactions() {
        Key key = key("async");
        client.put(key, Bin.of("v", 1));
        Txn txn = new Txn();
        client.async().put(write(txn), key, Bin.of("v", 2)).join();
        assertEquals(2, client.async().get(read(txn), key).join().getInt("v"));
        assertEquals(1, other.get(key).getInt("v"));
        assertEquals(CommitStatus.OK, client.async().commit(txn).join());
        assertEquals(2, other.get(key).getInt("v"));
        Key[] keys = {key("async-b1"), key("async-b2")};
        Txn batch = new Txn();
        client.async().operate(BatchPolicy.builder().txn(batch).build(),
            List.of(new BatchWrite(keys[0], Operations.put("v", 1)), new BatchWrite(keys[1], Operations.put("v", 2))))
            .join();
        assertNull(other.get(keys[0]), "not committed yet");
        assertEquals(2, client.async().get(BatchPolicy.builder().txn(batch).build(), keys).join()[1].getInt("v"));
        assertEquals(CommitStatus.OK, client.async().commit(batch).join());
        assertEquals(1, other.get(keys[0]).getInt("v"));

        Txn aborted = new Txn();
        client.async().put(write(aborted), key, Bin.of("v", 3)).join();
        assertEquals(AbortStatus.OK, client.async().abort(aborted).join());
        assertEquals(2, other.get(key).getInt("v"));
    }
}
