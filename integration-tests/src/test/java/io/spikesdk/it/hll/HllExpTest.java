package io.spikesdk.it.hll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.ParticleType;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.HllOperations;
import io.spikesdk.cdt.HllPolicy;
import io.spikesdk.cdt.HllWriteFlags;
import io.spikesdk.exp.Exp;
import io.spikesdk.exp.ExpOperations;
import io.spikesdk.exp.ExpReadFlags;
import io.spikesdk.exp.HllExp;
import io.spikesdk.it.TestTarget;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** {@link HllExp} in filters and in expression reads and writes, through our client. */
class HllExpTest {
    private static final String SET = "it_hll_exp";
    private static AerospikeClient client;

    @BeforeAll
    static void connect() {
        client = Aerospike.client(TestTarget.config().build()).connect();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static List<Object> range(long from, long to) {
        List<Object> out = new ArrayList<>();
        for (long v = from; v < to; v++) {
            out.add(v);
        }
        return out;
    }

    /** A record with sketches a (0..999) and b (500..1499), both 10 index and 8 minhash bits, and int bin i. */
    private static Key key(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(key);
        client.put(key, Bin.of("i", 5L));
        client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "a", range(0, 1000), 10, 8),
                HllOperations.add(HllPolicy.DEFAULT, "b", range(500, 1500), 10, 8));
        return key;
    }

    private static Value sketch(Key key, String bin) {
        return new Value.BytesValue(client.get(key).getBytes(bin), ParticleType.HLL);
    }

    private static Policy filter(Exp exp) {
        return Policy.builder().filterExpression(Exp.build(exp)).build();
    }

    private static Record read(Key key, Exp exp) {
        return client.operate(key, ExpOperations.read("x", Exp.build(exp)));
    }

    @Test
    void readsMatchTheOperations(TestInfo info) {
        Key key = key(info);
        List<Value> others = List.of(sketch(key, "b"));
        Exp a = Exp.hllBin("a");
        Record ops = client.operate(key, HllOperations.getCount("a"), HllOperations.getUnionCount("b", List.of(client.get(key).getBytes("a"))));
        assertEquals(ops.getLong("a"), read(key, HllExp.getCount(a)).getLong("x"));
        assertEquals(ops.getLong("b"), read(key, HllExp.getUnionCount(Exp.val(others), a)).getLong("x"));
        assertEquals(client.operate(key, HllOperations.getIntersectCount("a", List.of(client.get(key).getBytes("b")))).getLong("a"),
                read(key, HllExp.getIntersectCount(Exp.val(others), a)).getLong("x"));
        assertEquals(client.operate(key, HllOperations.getSimilarity("a", List.of(client.get(key).getBytes("b")))).getDouble("a"),
                read(key, HllExp.getSimilarity(Exp.val(others), a)).getDouble("x"));
        assertEquals(List.of(10L, 8L), read(key, HllExp.describe(a)).getList("x"));
        assertEquals(1L, read(key, HllExp.mayContain(Exp.val(List.of(1L, 999L)), a)).getLong("x"));
        assertArrayEquals((byte[]) client.operate(key, HllOperations.getUnion("a", List.of(client.get(key).getBytes("b")))).getValue("a"),
                read(key, HllExp.getUnion(Exp.val(others), a)).getBytes("x"));
        assertEquals(ops.getLong("b"), read(key, HllExp.getCount(HllExp.getUnion(Exp.val(others), a))).getLong("x"));
    }

    @Test
    void filtersOnCounts(TestInfo info) {
        Key key = key(info);
        assertNotNull(client.get(filter(Exp.gt(HllExp.getCount(Exp.hllBin("a")), Exp.val(900))), key));
        assertNull(client.get(filter(Exp.lt(HllExp.getCount(Exp.hllBin("a")), Exp.val(900))), key));
        assertNull(client.get(filter(Exp.gt(HllExp.getCount(Exp.hllBin("i")), Exp.val(0))), key),
                "an HLL read of an integer bin is UNKNOWN, which filters out");
    }

    @Test
    void writesReturnAndStoreTheNewSketch(TestInfo info) {
        Key key = key(info);
        Expression init = Exp.build(HllExp.init(HllPolicy.DEFAULT, Exp.val(6), Exp.val(4), Exp.nil()));
        Expression add = Exp.build(HllExp.add(HllPolicy.DEFAULT, Exp.val(range(0, 100)), Exp.val(8), Exp.hllBin("n")));
        Record r = client.operate(key, ExpOperations.write("n", init), ExpOperations.read("copy", Exp.build(Exp.hllBin("n"))));
        assertEquals(List.of(6L, 4L), client.operate(key, HllOperations.describe("n")).getList("n"));
        byte[] empty = r.getBytes("copy");
        client.operate(key, ExpOperations.write("n", add));
        assertEquals(List.of(6L, 4L), client.operate(key, HllOperations.describe("n")).getList("n"),
                "bit counts of an existing sketch are kept");
        byte[] viaExp = client.get(key).getBytes("n");
        client.operate(key, HllOperations.init(HllPolicy.DEFAULT, "o", 6, 4), HllOperations.add(HllPolicy.DEFAULT, "o", range(0, 100)));
        assertArrayEquals(client.get(key).getBytes("o"), viaExp);
        assertEquals(11 + (10 * 64 + 7) / 8, empty.length);
        Expression createOnly = Exp.build(HllExp.init(HllPolicy.of(HllWriteFlags.CREATE_ONLY), Exp.val(6), Exp.hllBin("n")));
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> client.operate(key, ExpOperations.write("n", createOnly)));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, e.resultCode(), "an HLL error inside an expression is UNKNOWN");
        Record noFail = client.operate(key, ExpOperations.read("x", Exp.build(HllExp.getCount(Exp.hllBin("i"))),
                ExpReadFlags.EVAL_NO_FAIL), io.spikesdk.api.Operations.get("i"));
        assertNull(noFail.getValue("x"));
        assertEquals(5L, noFail.getLong("i"));
    }
}
