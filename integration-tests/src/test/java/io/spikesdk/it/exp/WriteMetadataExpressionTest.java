package io.spikesdk.it.exp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpReadFlags;
import com.aerospike.client.exp.ExpWriteFlags;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Record metadata expressions inside a write, as Aerospike CE 8.1.2.0 evaluates them: the ops see the record after
 * its version has advanced (the TTL and void time the write gives, the write's time as last update), a record being
 * created already has the request's set, and its key is not stored yet. A read sees the stored record.
 */
class WriteMetadataExpressionTest extends OfficialClientTest {
    private static final String SET = "it_exp_meta";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Seconds between the Unix epoch and the server's (citrusleaf) epoch, 2010-01-01. */
    private static final long SERVER_EPOCH = 1_262_304_000L;
    private static Key missing(TestInfo info) {
        Key key = new Key(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(null, key);
        return key;
    }

    private static Operation read(String name, Exp exp) {
        return ExpOperation.read(name, Exp.build(exp), ExpReadFlags.DEFAULT);
    }

    private static Record writeAndReadMetadata(WritePolicy policy, Key key) {
        return client.operate(policy, key, Operation.put(new Bin("a", 1)),
                read("set", Exp.setName()), read("kex", Exp.keyExists()), read("tomb", Exp.isTombstone()),
                read("ttl", Exp.ttl()), read("vt", Exp.voidTime()), read("lut", Exp.lastUpdate()),
                read("since", Exp.sinceUpdate()));
    }

    private static long voidTimeNanos(Record r) {
        return (r.expiration + SERVER_EPOCH) * NANOS_PER_SECOND;
    }

    @Test
    void aCreatingWriteSeesTheRequestSetAndTheNewTtl(TestInfo info) {
        Key key = missing(info);
        WritePolicy p = new WritePolicy();
        p.expiration = 1000;
        p.sendKey = true;
        Record r = writeAndReadMetadata(p, key);
        assertEquals(SET, r.getString("set"));
        assertFalse(r.getBoolean("kex"), "the key is stored once the write is done");
        assertFalse(r.getBoolean("tomb"));
        assertEquals(1000, r.getLong("ttl"));
        assertEquals(voidTimeNanos(r), r.getLong("vt"));
        assertEquals(0, r.getLong("since"));
        assertTrue(r.getLong("lut") > 0);
        Record after = client.get(null, key);
        assertEquals(r.getLong("lut"), client.operate(null, key, read("lut", Exp.lastUpdate())).getLong("lut"));
        assertEquals(1, after.generation);
    }

    @Test
    void anUpdatingWriteSeesItsOwnTtlAndTime(TestInfo info) {
        Key key = missing(info);
        WritePolicy create = new WritePolicy();
        create.expiration = 1000;
        create.sendKey = true;
        client.put(create, key, new Bin("a", 0));
        WritePolicy p = new WritePolicy();
        p.expiration = 5000;
        Record r = writeAndReadMetadata(p, key);
        assertEquals(SET, r.getString("set"));
        assertTrue(r.getBoolean("kex"));
        assertEquals(5000, r.getLong("ttl"));
        assertEquals(voidTimeNanos(r), r.getLong("vt"));
        assertEquals(0, r.getLong("since"));
        Record read = client.operate(null, key, read("lut", Exp.lastUpdate()), read("vt", Exp.voidTime()));
        assertEquals(r.getLong("lut"), read.getLong("lut"));
        assertEquals(r.getLong("vt"), read.getLong("vt"));
    }

    @Test
    void aRecordNeverExpiringHasTtlAndVoidTimeMinusOne(TestInfo info) {
        Key key = missing(info);
        WritePolicy p = new WritePolicy();
        p.expiration = -1;
        Record r = writeAndReadMetadata(p, key);
        assertEquals(-1, r.getLong("ttl"));
        assertEquals(-1, r.getLong("vt"));
    }

    /** 36-byte header, set "it_exp_meta" (12), 5 bins (1 + 41: int 300 in 2 bytes, double, bool, "abc", [1, 2]), end mark 4: 94 → 96. */
    @Test
    void recordSizeIsTheStoredSizeOfTheVersionBeforeTheWrite(TestInfo info) {
        Key key = missing(info);
        WritePolicy neverExpires = new WritePolicy();
        neverExpires.expiration = -1;
        Record created = client.operate(neverExpires, key, Operation.put(new Bin("i", 300)),
                Operation.put(new Bin("f", 1.5)), Operation.put(new Bin("b", true)), Operation.put(new Bin("s", "abc")),
                Operation.put(new Bin("l", java.util.List.of(1, 2))), read("size", Exp.recordSize()));
        assertEquals(16, created.getLong("size"), "a record being created has the smallest block count");
        assertEquals(96, client.operate(null, key, read("size", Exp.recordSize())).getLong("size"));
        Record updated = client.operate(neverExpires, key, Operation.put(new Bin("s", "a much longer string")),
                read("size", Exp.recordSize()), read("mem", Exp.memorySize()));
        assertEquals(96, updated.getLong("size"));
        assertEquals(96, updated.getLong("mem"), "in-memory namespace: MEMORY_SIZE = RECORD_SIZE");
        assertEquals(112, client.operate(null, key, read("size", Exp.recordSize())).getLong("size"));
    }

    @Test
    void anExpressionWriteOnACreatedRecordStoresTheSetName(TestInfo info) {
        Key key = missing(info);
        client.operate(null, key, ExpOperation.write("s", Exp.build(Exp.setName()),
                ExpWriteFlags.ALLOW_DELETE | ExpWriteFlags.EVAL_NO_FAIL));
        assertEquals(SET, client.get(null, key).getString("s"));
    }
}
