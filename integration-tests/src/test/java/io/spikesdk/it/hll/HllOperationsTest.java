package io.spikesdk.it.hll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.cdt.HllOperations;
import io.spikesdk.cdt.HllPolicy;
import io.spikesdk.cdt.HllWriteFlags;
import io.spikesdk.it.TestTarget;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Every HLL op and error path through our client, with sketch bytes and estimates checked against what the real
 * server produced for the same adds (so both servers must write the same sketches).
 */
class HllOperationsTest {
    private static final String SET = "it_hll_ops";
    private static final HllPolicy CREATE_ONLY = HllPolicy.of(HllWriteFlags.CREATE_ONLY);
    private static final HllPolicy UPDATE_ONLY = HllPolicy.of(HllWriteFlags.UPDATE_ONLY);
    private static final HllPolicy NO_FAIL_CREATE = HllPolicy.of(HllWriteFlags.of(HllWriteFlags.CREATE_ONLY, HllWriteFlags.NO_FAIL));
    private static final HllPolicy NO_FAIL_UPDATE = HllPolicy.of(HllWriteFlags.of(HllWriteFlags.UPDATE_ONLY, HllWriteFlags.NO_FAIL));
    private static final HllPolicy ALLOW_FOLD = HllPolicy.of(HllWriteFlags.ALLOW_FOLD);
    private static AerospikeClient client;

    @BeforeAll
    static void connect() {
        client = Aerospike.client(TestTarget.config().build()).connect();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static Key key(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(key);
        client.put(key, Bin.of("i", 5L));
        return key;
    }

    private static List<Object> range(long from, long to) {
        List<Object> out = new ArrayList<>();
        for (long v = from; v < to; v++) {
            out.add(v);
        }
        return out;
    }

    private static ResultCode code(Key key, Operation... ops) {
        return assertThrows(AerospikeException.class, () -> client.operate(key, ops)).resultCode();
    }

    private static byte[] sketch(Key key, String bin) {
        return client.get(key).getBytes(bin);
    }

    private static String sha256(byte[] b) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void addWritesTheRealServersSketchBytes(TestInfo info) throws Exception {
        Key key = key(info);
        List<Object> values = new ArrayList<>(range(0, 500));
        for (int i = 0; i < 300; i++) {
            values.add("v" + i);
        }
        values.add(1.5);
        values.add(true);
        values.add(new byte[] {1, 2, 3});
        values.add("x".repeat(40));
        Record r = client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "h", values, 10, 0),
                HllOperations.add(HllPolicy.DEFAULT, "m", values, 8, 20));
        assertEquals(REAL_CHANGED_H, r.getLong("h"));
        assertEquals(REAL_CHANGED_M, r.getLong("m"));
        assertEquals(REAL_SHA_H, sha256(sketch(key, "h")));
        assertEquals(REAL_SHA_M, sha256(sketch(key, "m")));
        Record counts = client.operate(key, HllOperations.getCount("h"), HllOperations.getCount("m"));
        assertEquals(REAL_COUNT_H, counts.getLong("h"));
        assertEquals(REAL_COUNT_M, counts.getLong("m"));
    }

    // What the real CE 8.1.2.0 server answered for these adds (804 distinct values).
    private static final long REAL_CHANGED_H = 632;
    private static final long REAL_CHANGED_M = 447;
    private static final String REAL_SHA_H = "120d96a21faa13683509a4df5ff026ed0e1c1de7be5ed7c9fccf86fc14663435";
    private static final String REAL_SHA_M = "dbbde8fca8ad6fd48e256cbc79d8c42ec78e21d8e2e60ffeb7e54fae0597195d";
    private static final long REAL_COUNT_H = 821;
    private static final long REAL_COUNT_M = 856;

    @Test
    void initCreatesAnEmptySketchAndResets(TestInfo info) {
        Key key = key(info);
        Record r = client.operate(key, HllOperations.init(HllPolicy.DEFAULT, "h", 6, 10), HllOperations.describe("h"),
                HllOperations.getCount("h"));
        assertEquals(java.util.Arrays.asList(null, List.of(6L, 10L), 0L), r.getList("h"),
                "one result per op on the bin: init has none");
        assertEquals(11 + (16 * 64 + 7) / 8, sketch(key, "h").length);
        client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "h", range(0, 50)));
        assertTrue(client.operate(key, HllOperations.getCount("h")).getLong("h") > 40);
        client.operate(key, HllOperations.init(HllPolicy.DEFAULT, "h", 5));
        assertEquals(List.of(5L, 10L), client.operate(key, HllOperations.describe("h")).getList("h"),
                "minhash bits not given (-1) keep the existing ones");
        assertEquals(0L, client.operate(key, HllOperations.getCount("h")).getLong("h"));
    }

    @Test
    void initAndAddFlags(TestInfo info) {
        Key key = key(info);
        client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "h", range(0, 20), 8));
        byte[] before = sketch(key, "h");
        assertEquals(ResultCode.BIN_EXISTS_ERROR, code(key, HllOperations.init(CREATE_ONLY, "h", 8)));
        assertEquals(ResultCode.BIN_EXISTS_ERROR, code(key, HllOperations.add(CREATE_ONLY, "h", range(0, 3), 8)));
        client.operate(key, HllOperations.init(NO_FAIL_CREATE, "h", 4));
        assertArrayEquals(before, sketch(key, "h"), "CREATE_ONLY | NO_FAIL on an existing sketch is a no-op");
        assertEquals(ResultCode.BIN_NOT_FOUND, code(key, HllOperations.init(UPDATE_ONLY, "absent", 8)));
        client.operate(key, HllOperations.init(NO_FAIL_UPDATE, "absent", 8));
        assertNull(client.get(key).getValue("absent"));
        client.operate(key, HllOperations.init(CREATE_ONLY, "fresh", 4));
        assertEquals(List.of(4L, 0L), client.operate(key, HllOperations.describe("fresh")).getList("fresh"));
    }

    @Test
    void addCountsChangedRegistersAndCreatesOnlyWithIndexBits(TestInfo info) {
        Key key = key(info);
        Record first = client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "h", List.of(1L, 2L, 3L), 12, 8));
        assertEquals(3L, first.getLong("h"));
        assertEquals(0L, client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "h", List.of(3L, 2L))).getLong("h"));
        assertEquals(List.of(12L, 8L), client.operate(key, HllOperations.describe("h")).getList("h"));
        assertEquals(0L, client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "h", List.of(1L), 4, 0)).getLong("h"),
                "bit counts of an existing sketch are kept");
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(key, HllOperations.add(HllPolicy.DEFAULT, "absent", List.of(1L))));
        assertEquals(ResultCode.PARAMETER_ERROR, code(key, HllOperations.add(HllPolicy.DEFAULT, "h", List.of(List.of(1L)))));
        assertEquals(ResultCode.PARAMETER_ERROR, code(key, HllOperations.add(HllPolicy.DEFAULT, "h", List.of())));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(key, HllOperations.add(HllPolicy.DEFAULT, "i", List.of(1L), 8)));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(key, HllOperations.getCount("i")));
    }

    @Test
    void countsOfDistinctValues(TestInfo info) {
        Key key = key(info);
        client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "h", range(0, 5000), 14));
        client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "h", range(0, 5000)));
        long count = client.operate(key, HllOperations.getCount("h")).getLong("h");
        assertTrue(Math.abs(count - 5000) < 150, "estimate " + count);
        Record refreshed = client.operate(key, HllOperations.refreshCount("h"), Operations.get("h"));
        assertEquals(count, ((List<?>) refreshed.getValue("h")).get(0));
        byte[] cached = (byte[]) ((List<?>) refreshed.getValue("h")).get(1);
        assertEquals(count, java.nio.ByteBuffer.wrap(cached, 3, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong(),
                "refreshCount caches the estimate in the sketch header (little endian)");
        assertEquals(ResultCode.BIN_NOT_FOUND, code(key, HllOperations.refreshCount("absent")));
    }

    @Test
    void setUnionCreatesFoldsAndRejectsShrinking(TestInfo info) {
        Key key = key(info);
        client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "a", range(0, 300), 10),
                HllOperations.add(HllPolicy.DEFAULT, "b", range(200, 600), 8),
                HllOperations.add(HllPolicy.DEFAULT, "big", range(0, 10), 12));
        byte[] a = sketch(key, "a");
        byte[] b = sketch(key, "b");
        client.operate(key, HllOperations.setUnion(HllPolicy.DEFAULT, "u", List.of(a, b)));
        assertEquals(List.of(8L, 0L), client.operate(key, HllOperations.describe("u")).getList("u"));
        long union = client.operate(key, HllOperations.getCount("u")).getLong("u");
        assertEquals(union, client.operate(key, HllOperations.getUnionCount("a", List.of(b))).getLong("a"));
        assertArrayEquals(sketch(key, "u"), (byte[]) client.operate(key, HllOperations.getUnion("b", List.of(a))).getValue("b"));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(key, HllOperations.setUnion(HllPolicy.DEFAULT, "big", List.of(a))));
        client.operate(key, HllOperations.setUnion(ALLOW_FOLD, "big", List.of(a)));
        assertEquals(List.of(10L, 0L), client.operate(key, HllOperations.describe("big")).getList("big"));
        assertEquals(ResultCode.BIN_NOT_FOUND, code(key, HllOperations.setUnion(UPDATE_ONLY, "absent", List.of(a))));
        assertEquals(ResultCode.BIN_EXISTS_ERROR, code(key, HllOperations.setUnion(CREATE_ONLY, "a", List.of(b))));
        assertEquals(ResultCode.PARAMETER_ERROR, code(key, HllOperations.setUnion(HllPolicy.DEFAULT, "a", List.of(new byte[] {1, 2, 3}))));
        byte[] flagged = a.clone();
        flagged[0] = 1;
        assertEquals(ResultCode.PARAMETER_ERROR, code(key, HllOperations.getUnionCount("a", List.of(flagged))));
    }

    @Test
    void setUnionKeepsMinhashBitsOnlyWhenAllAgree(TestInfo info) {
        Key key = key(info);
        client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "m", range(0, 100), 8, 10),
                HllOperations.add(HllPolicy.DEFAULT, "n", range(50, 150), 8, 12));
        byte[] n = sketch(key, "n");
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(key, HllOperations.setUnion(HllPolicy.DEFAULT, "m", List.of(n))));
        client.operate(key, HllOperations.setUnion(ALLOW_FOLD, "m", List.of(n)));
        assertEquals(List.of(8L, 0L), client.operate(key, HllOperations.describe("m")).getList("m"));
    }

    @Test
    void foldShrinksIndexBitsOfPlainSketches(TestInfo info) {
        Key key = key(info);
        client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "h", range(0, 1000), 12),
                HllOperations.add(HllPolicy.DEFAULT, "m", range(0, 10), 12, 4));
        client.operate(key, HllOperations.fold("h", 6));
        assertEquals(List.of(6L, 0L), client.operate(key, HllOperations.describe("h")).getList("h"));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(key, HllOperations.fold("h", 8)));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(key, HllOperations.fold("m", 8)));
        assertEquals(ResultCode.BIN_NOT_FOUND, code(key, HllOperations.fold("absent", 8)));
        byte[] before = sketch(key, "h");
        client.operate(key, HllOperations.fold("h", 6));
        assertArrayEquals(before, sketch(key, "h"));
    }

    @Test
    void intersectionAndSimilarity(TestInfo info) {
        Key key = key(info);
        client.operate(key, HllOperations.add(HllPolicy.DEFAULT, "a", range(0, 2000), 12, 16),
                HllOperations.add(HllPolicy.DEFAULT, "b", range(1000, 3000), 12, 16),
                HllOperations.add(HllPolicy.DEFAULT, "p", range(0, 2000), 12),
                HllOperations.add(HllPolicy.DEFAULT, "q", range(1000, 3000), 12));
        byte[] b = sketch(key, "b");
        byte[] q = sketch(key, "q");
        long intersect = client.operate(key, HllOperations.getIntersectCount("a", List.of(b))).getLong("a");
        assertTrue(Math.abs(intersect - 1000) < 150, "minhash intersection " + intersect);
        double similarity = client.operate(key, HllOperations.getSimilarity("a", List.of(b))).getDouble("a");
        assertTrue(Math.abs(similarity - 1.0 / 3) < 0.05, "similarity " + similarity);
        long plain = client.operate(key, HllOperations.getIntersectCount("p", List.of(q))).getLong("p");
        assertTrue(Math.abs(plain - 1000) < 300, "inclusion-exclusion intersection " + plain);
        assertEquals(ResultCode.PARAMETER_ERROR, code(key, HllOperations.getIntersectCount("p", List.of(q, q, q))),
                "more than two sketches need minhash bits");
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(key, HllOperations.getSimilarity("p", List.of(b, b, b))),
                "more than two sketches need the bin's minhash bits to match");
        assertTrue(client.operate(key, HllOperations.getSimilarity("a", List.of(b, b, b))).getDouble("a") > 0.2);
    }

    @Test
    void readsOfAnAbsentBinReturnNothing(TestInfo info) {
        Key key = key(info);
        Record r = client.operate(key, HllOperations.getCount("absent"), HllOperations.describe("absent"), Operations.get("i"));
        assertEquals(java.util.Arrays.asList(null, null), r.getValue("absent"));
        assertEquals(5L, r.getLong("i"));
    }
}
