package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.BatchResults;
import com.aerospike.client.Bin;
import com.aerospike.client.CommitError;
import com.aerospike.client.CommitStatus;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Language;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Txn;
import com.aerospike.client.Value;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Multi-record transactions through the official client against a strong-consistency namespace ({@code test}) and
 * an AP one ({@code bar}) of one embedded node.
 */
class OfficialClientTransactionTest {
    private static final String UDF = "function setBin(rec, name, value)\n"
            + "  rec[name] = value\n"
            + "  if aerospike:exists(rec) then aerospike:update(rec) else aerospike:create(rec) end\n"
            + "  return value\n"
            + "end\n";
    private static EmbeddedAerospike server;
    private static AerospikeClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospike.builder().port(0).namespace("test", ns -> ns.strongConsistency(true)).namespace("bar")
                .build().start();
        client = new AerospikeClient(server.host(), server.port());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    @Test
    void scNamespacesAreReportedAsTheClientExpects() {
        assertTrue(client.getCluster().partitionMap.get("test").scMode, "replicas regime of test");
        assertFalse(client.getCluster().partitionMap.get("bar").scMode, "replicas regime of bar");
        String test = Info.request(null, client.getNodes()[0], "namespace/test");
        assertTrue(test.contains(";strong-consistency=true;"), test);
        assertTrue(test.contains(";mrt-duration=10;"), test);
        assertTrue(test.contains(";mrt_provisionals=0;"), test);
        String bar = Info.request(null, client.getNodes()[0], "namespace/bar");
        assertTrue(bar.contains(";strong-consistency=false;"), bar);
    }

    @Test
    void writesAreSeenInsideTheTransactionOnlyUntilCommit() {
        Key key = key("ryw");
        client.put(null, key, new Bin("v", 1));
        Txn txn = new Txn();
        client.put(write(txn), key, new Bin("v", 2));
        assertEquals(2, client.get(read(txn), key).getInt("v"), "read your writes");
        assertEquals(1, client.get(null, key).getInt("v"), "others see the committed record");
        assertEquals(1L, stat("mrt_provisionals"));
        assertEquals(CommitStatus.OK, client.commit(txn));
        assertEquals(2, client.get(null, key).getInt("v"));
        assertEquals(0L, stat("mrt_provisionals"));
        assertEquals(1L, stat("mrt_roll_forward_success"));
    }

    @Test
    void aRecordCreatedInsideATransactionDoesNotExistOutsideIt() {
        Key key = key("created");
        Txn txn = new Txn();
        client.put(write(txn), key, new Bin("v", "new"));
        assertNull(client.get(null, key));
        assertEquals("new", client.get(read(txn), key).getString("v"));
        client.abort(txn);
        assertNull(client.get(null, key));
        assertNull(client.get(read(new Txn()), key));
    }

    @Test
    void otherWritersAreBlockedUntilTheTransactionEnds() {
        Key key = key("blocked");
        client.put(null, key, new Bin("v", 1));
        Txn txn = new Txn();
        client.put(write(txn), key, new Bin("v", 2));
        assertEquals(ResultCode.MRT_BLOCKED, code(() -> client.put(null, key, new Bin("v", 3))));
        assertEquals(ResultCode.MRT_BLOCKED, code(() -> client.delete(null, key)));
        Txn other = new Txn();
        assertEquals(ResultCode.MRT_BLOCKED, code(() -> client.put(write(other), key, new Bin("v", 4))));
        assertEquals(ResultCode.MRT_BLOCKED, code(() -> client.operate(null, key, Operation.add(new Bin("v", 1)))));
        client.abort(other);
        client.commit(txn);
        client.put(null, key, new Bin("v", 5));
        assertEquals(5, client.get(null, key).getInt("v"));
        assertTrue(stat("fail_mrt_blocked") >= 4);
    }

    @Test
    void aRecordWrittenSinceTheTransactionReadItFailsTheCommitAndRollsBack() {
        Key read = key("read");
        Key written = key("written");
        client.put(null, read, new Bin("v", 1));
        client.put(null, written, new Bin("v", 1));
        Txn txn = new Txn();
        assertEquals(1, client.get(read(txn), read).getInt("v"));
        assertNotNull(txn.getReadVersion(read), "the read answer carries the record version");
        client.put(write(txn), written, new Bin("v", 2));
        client.put(null, read, new Bin("v", 10));
        AerospikeException.Commit e = assertThrows(AerospikeException.Commit.class, () -> client.commit(txn));
        assertEquals(CommitError.VERIFY_FAIL, e.error);
        assertEquals(ResultCode.MRT_VERSION_MISMATCH, e.verifyRecords[0].resultCode);
        assertEquals(1, client.get(null, written).getInt("v"), "rolled back");
        assertEquals(1L, stat("mrt_verify_read_error"));
    }

    @Test
    void anUnchangedReadVerifies() {
        Key read = key("stable");
        Key written = key("target");
        client.put(null, read, new Bin("v", 7));
        Txn txn = new Txn();
        int v = client.get(read(txn), read).getInt("v");
        client.put(write(txn), written, new Bin("v", v));
        assertEquals(CommitStatus.OK, client.commit(txn));
        assertEquals(7, client.get(null, written).getInt("v"));
    }

    @Test
    void abortRestoresEveryRecord() {
        Key updated = key("updated");
        Key deleted = key("deleted");
        Key created = key("new");
        client.put(null, updated, new Bin("v", 1));
        client.put(null, deleted, new Bin("v", 1));
        Txn txn = new Txn();
        client.operate(write(txn), updated, Operation.add(new Bin("v", 5)));
        WritePolicy durable = write(txn);
        durable.durableDelete = true;
        client.delete(durable, deleted);
        client.put(write(txn), created, new Bin("v", 1));
        assertNull(client.get(read(txn), deleted), "deleted inside the transaction");
        client.abort(txn);
        assertEquals(1, client.get(null, updated).getInt("v"));
        assertEquals(1, client.get(null, deleted).getInt("v"));
        assertNull(client.get(null, created));
        assertEquals(3L, stat("mrt_roll_back_success"));
    }

    @Test
    void aTransactionsDeleteMustBeDurable() {
        Key key = key("plain-delete");
        client.put(null, key, new Bin("v", 1));
        assertEquals(ResultCode.FAIL_FORBIDDEN, code(() -> client.delete(write(new Txn()), key)));
        WritePolicy durable = new WritePolicy();
        durable.durableDelete = true;
        assertTrue(client.delete(durable, key), "an SC namespace takes durable deletes outside transactions too");
    }

    @Test
    void anExpiredTransactionIsRolledBackByTheServer() {
        Key key = key("expired");
        client.put(null, key, new Bin("v", 1));
        Txn txn = new Txn();
        txn.setTimeout(5);
        client.put(write(txn), key, new Bin("v", 2));
        server.clock().advance(Duration.ofSeconds(6));
        assertEquals(0L, stat("mrt_provisionals"));
        assertEquals(1L, stat("mrt_monitor_roll_back_success"));
        client.put(null, key, new Bin("v", 3));
        assertEquals(ResultCode.MRT_EXPIRED, code(() -> client.put(write(txn), key("late"), new Bin("v", 1))));
        AerospikeException.Commit e = assertThrows(AerospikeException.Commit.class, () -> client.commit(txn));
        assertEquals(CommitError.MARK_ROLL_FORWARD_ABANDONED, e.error);
        assertEquals(Txn.State.ABORTED, txn.getState());
        assertEquals(3, client.get(null, key).getInt("v"));
    }

    @Test
    void aTransactionWithoutTimeoutLastsMrtDuration() {
        Key key = key("duration");
        Txn txn = new Txn();
        client.put(write(txn), key, new Bin("v", 1));
        server.clock().advance(Duration.ofSeconds(9));
        assertEquals(1L, stat("mrt_provisionals"), "still running within mrt-duration (10 s)");
        server.clock().advance(Duration.ofSeconds(2));
        assertEquals(0L, stat("mrt_provisionals"));
        assertNull(client.get(null, key));
    }

    @Test
    void batchesJoinTransactions() {
        Key[] keys = new Key[20];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key("batch" + i);
            client.put(null, keys[i], new Bin("v", i));
        }
        Txn txn = new Txn();
        BatchPolicy bp = BatchPolicy.WriteDefault();
        bp.txn = txn;
        BatchResults results = client.operate(bp, null, keys, Operation.add(new Bin("v", 100)));
        assertTrue(results.status);
        BatchPolicy readInTxn = new BatchPolicy();
        readInTxn.txn = txn;
        Record[] inside = client.get(readInTxn, keys);
        Record[] outside = client.get(null, keys);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(100 + i, inside[i].getInt("v"));
            assertEquals(i, outside[i].getInt("v"));
        }
        BatchResults blocked = client.operate(null, null, keys, Operation.put(new Bin("v", 0)));
        assertFalse(blocked.status);
        assertEquals(ResultCode.MRT_BLOCKED, blocked.records[0].resultCode);
        client.commit(txn);
        Record[] after = client.get(null, keys);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(100 + i, after[i].getInt("v"));
        }
    }

    @Test
    void onLockingOnlyRefusesASecondWriteOfTheSameRecord() {
        Key key = key("locking");
        Txn txn = new Txn();
        WritePolicy wp = write(txn);
        wp.onLockingOnly = true;
        client.put(wp, key, new Bin("v", 1));
        assertEquals(ResultCode.MRT_ALREADY_LOCKED, code(() -> client.put(wp, key, new Bin("v", 2))));
        client.commit(txn);
        assertEquals(1, client.get(null, key).getInt("v"));
    }

    @Test
    void aTransactionWritesAtMost4096Records() {
        Key[] keys = new Key[4097];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Key("test", "many", i);
        }
        Txn txn = new Txn();
        BatchPolicy bp = BatchPolicy.WriteDefault();
        bp.txn = txn;
        assertEquals(ResultCode.MRT_TOO_MANY_WRITES,
                code(() -> client.operate(bp, null, keys, Operation.put(new Bin("v", 1)))));
        client.abort(txn);
    }

    @Test
    void anApNamespaceRefusesTransactions() {
        Key key = new Key("bar", "txn", "ap");
        assertEquals(ResultCode.UNSUPPORTED_FEATURE, code(() -> client.put(write(new Txn()), key, new Bin("v", 1))));
        assertEquals(ResultCode.UNSUPPORTED_FEATURE, code(() -> client.get(read(new Txn()), key)));
    }

    @Test
    void disableMrtWritesRefusesWritesInsideTransactions() {
        Map<String, String> answer = Info.request(null, client.getNodes()[0],
                "set-config:context=namespace;id=test;disable-mrt-writes=true", "namespace/test");
        assertTrue(answer.get("namespace/test").contains(";disable-mrt-writes=true;"));
        Key key = key("disabled");
        assertEquals(ResultCode.FAIL_FORBIDDEN, code(() -> client.put(write(new Txn()), key, new Bin("v", 1))));
        client.put(null, key, new Bin("v", 1));
    }

    @Test
    void udfsJoinTransactions() {
        client.registerUdfString(null, UDF, "txn_udf.lua", Language.LUA).waitTillComplete();
        Key key = key("udf");
        client.put(null, key, new Bin("v", 1));
        Txn txn = new Txn();
        client.execute(write(txn), key, "txn_udf", "setBin", Value.get("v"), Value.get(2));
        assertEquals(2, client.get(read(txn), key).getInt("v"));
        assertEquals(1, client.get(null, key).getInt("v"));
        assertEquals(ResultCode.MRT_BLOCKED,
                code(() -> client.execute(null, key, "txn_udf", "setBin", Value.get("v"), Value.get(3))));
        client.commit(txn);
        assertEquals(2, client.get(null, key).getInt("v"));
    }

    private static Key key(String userKey) {
        return new Key("test", "txn", userKey);
    }

    private static WritePolicy write(Txn txn) {
        WritePolicy wp = client.copyWritePolicyDefault();
        wp.txn = txn;
        return wp;
    }

    private static Policy read(Txn txn) {
        Policy p = client.copyReadPolicyDefault();
        p.txn = txn;
        return p;
    }

    private static long stat(String name) {
        String stats = Info.request(null, client.getNodes()[0], "namespace/test");
        for (String kv : stats.split(";")) {
            if (kv.startsWith(name + "=")) {
                return Long.parseLong(kv.substring(name.length() + 1));
            }
        }
        throw new AssertionError(name + " not in " + stats);
    }

    private static int code(Runnable command) {
        return assertThrows(AerospikeException.class, command::run).getResultCode();
    }
}
