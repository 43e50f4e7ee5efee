package io.spikesdk.it.batch;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchDelete;
import io.spikesdk.api.BatchDeletePolicy;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRead;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDF;
import io.spikesdk.api.BatchWrite;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Expression;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.GenerationMismatchException;
import io.spikesdk.api.InvalidNamespaceException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.RecordExistsAction;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.exp.Exp;
import io.spikesdk.it.AsyncBridge;
import io.spikesdk.it.SecureTargets;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every batch form of our client and its error paths, against the target server; sync and async. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async", "async-tls", "async-login"})
class BatchCallsTest {
    private static final String SET = "it_batch";
    private static final Map<String, AerospikeClient> CLIENTS = new HashMap<>();
    private static AerospikeClient client;

    @Parameter
    String mode;

    @BeforeEach
    void connect() {
        client = CLIENTS.computeIfAbsent(mode,
            m -> AsyncBridge.of(m, Aerospike.client(SecureTargets.config(m).build()).connect()));
    }

    @AfterAll
    static void close() {
        CLIENTS.forEach((mode, c) -> {
            assertEquals(mode.startsWith("async"), AsyncBridge.asyncCalls(c) > 0, "the commands ran " + mode);
            c.close();
        });
    }

    /** {@code count} fresh keys of this test; records {@code i} for the indexes in {@code present} hold {@code n = i}. */
    private static Key[] keys(TestInfo info, int count, int... present) {
        Key[] keys = new Key[count];
        for (int i = 0; i < count; i++) {
            keys[i] = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName() + "/" + i);
        }
        client.delete(keys);
        for (int i : present) {
            client.put(keys[i], Bin.of("n", (long) i), Bin.of("s", "v" + i));
        }
        return keys;
    }

    @Test
    void getReturnsRecordsInKeyOrderWithNullForMissingOnes(TestInfo info) {
        Key[] keys = keys(info, 5, 0, 2, 3);
        Record[] records = client.get(keys);
        assertEquals(5, records.length);
        assertEquals(0L, records[0].getLong("n"));
        assertNull(records[1]);
        assertEquals(2L, records[2].getLong("n"));
        assertEquals("v3", records[3].getString("s"));
        assertNull(records[4]);
        assertEquals(keys[2], records[2].key());
    }

    @Test
    void getOfNamedBinsReadsOnlyThem(TestInfo info) {
        Key[] keys = keys(info, 3, 0, 1);
        Record[] records = client.get(keys, "s");
        assertEquals("v0", records[0].getString("s"));
        assertFalse(records[0].bins().containsKey("n"));
        assertEquals("v1", records[1].getString("s"));
        assertNull(records[2]);
    }

    @Test
    void getHeaderAndExists(TestInfo info) {
        Key[] keys = keys(info, 3, 1);
        Record[] headers = client.getHeader(keys);
        assertNull(headers[0]);
        assertEquals(1, headers[1].generation());
        assertTrue(headers[1].bins().isEmpty());
        assertNull(headers[2]);
        assertArrayEquals(new boolean[] {false, true, false}, client.exists(keys));
    }

    @Test
    void readListMixesAllBinsNamedBinsHeaderAndOperations(TestInfo info) {
        Key[] keys = keys(info, 4, 0, 1, 2);
        client.put(keys[2], Bin.of("l", List.of(1L, 2L, 3L)));
        List<BatchRead> reads = List.of(BatchRead.allBins(keys[0]), BatchRead.bins(keys[1], "s"),
            BatchRead.ops(keys[2], Operations.get("n"), ListOperations.size("l")), BatchRead.header(keys[3]));
        assertFalse(client.get(reads), "a missing record makes the batch report a row error");
        assertEquals(0, reads.get(0).resultCode());
        assertEquals("v0", reads.get(0).record().getString("s"));
        assertEquals(List.of("s"), new ArrayList<>(reads.get(1).record().bins().keySet()));
        assertEquals(2L, reads.get(2).record().getLong("n"));
        assertEquals(3L, reads.get(2).record().getLong("l"));
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR.code(), reads.get(3).resultCode());
        assertNull(reads.get(3).record());
        assertFalse(reads.get(3).inDoubt());
    }

    @Test
    void operateOnKeysWritesAndReadsEachRecord(TestInfo info) {
        Key[] keys = keys(info, 3, 0);
        BatchRecord[] rows = client.operate(keys, Operations.add("n", 10L), Operations.get("n"));
        assertEquals(3, rows.length);
        // a write row answers every op (RESPOND_ALL_OPS): the add's slot is null, then the read, as the official client
        assertEquals(Arrays.asList(null, 10L), rows[0].record().getList("n"));
        assertEquals(Arrays.asList(null, 10L), rows[1].record().getList("n"));
        for (BatchRecord row : rows) {
            assertEquals(0, row.resultCode());
            assertTrue(row.hasWrite());
        }
        BatchRecord[] reads = client.operate(keys, Operations.get("n"));
        assertEquals(10L, reads[2].record().getLong("n"));
        assertFalse(reads[2].hasWrite());
    }

    @Test
    void operateListMixesReadsWritesDeletesAndReportsEachOutcome(TestInfo info) {
        Key[] keys = keys(info, 4, 0, 1);
        List<BatchRecord> rows = List.of(
            new BatchWrite(keys[0], Operations.put("s", "new"), Operations.get("s")),
            new BatchDelete(keys[1]),
            new BatchDelete(keys[2]),
            BatchRead.allBins(keys[1]),
            new BatchWrite(BatchWritePolicy.builder().recordExistsAction(RecordExistsAction.CREATE_ONLY).build(),
                keys[3], Operations.put("n", 3L)));
        assertFalse(client.operate(rows));
        assertEquals(0, rows.get(0).resultCode());
        assertEquals(Arrays.asList(null, "new"), rows.get(0).record().getList("s"));
        assertEquals(0, rows.get(1).resultCode());
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR.code(), rows.get(2).resultCode());
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR.code(), rows.get(3).resultCode(),
            "the delete earlier in the batch already removed it");
        assertEquals(0, rows.get(4).resultCode());
        assertEquals(3L, client.get(keys[3]).getLong("n"));
        assertNull(client.get(keys[1]));
    }

    @Test
    void deleteOfKeysReportsDeletedAndMissing(TestInfo info) {
        Key[] keys = keys(info, 3, 0, 2);
        BatchRecord[] rows = client.delete(keys);
        assertEquals(0, rows[0].resultCode());
        assertEquals(ResultCode.KEY_NOT_FOUND_ERROR.code(), rows[1].resultCode());
        assertEquals(0, rows[2].resultCode());
        assertArrayEquals(new boolean[] {false, false, false}, client.exists(keys));
    }

    @Test
    void udfRowsWithoutARegisteredModuleFailPerRow(TestInfo info) {
        Key[] keys = keys(info, 2, 0);
        List<BatchRecord> rows = List.of(new BatchUDF(keys[0], "no_such_module", "fn", Value.of(1L)),
            BatchRead.allBins(keys[0]));
        assertFalse(client.operate(rows));
        assertEquals(ResultCode.UDF_BAD_RESPONSE.code(), rows.get(0).resultCode());
        assertNotNull(rows.get(0).record().getString("FAILURE"));
        assertEquals(0, rows.get(1).resultCode());
    }

    @Test
    void mixedNamespacesGoInOneBatch(TestInfo info) {
        Key test = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        Key bar = Key.of("bar", SET, info.getDisplayName());
        client.put(test, Bin.of("ns", "test"));
        client.put(bar, Bin.of("ns", "bar"));
        Record[] records = client.get(new Key[] {test, bar});
        assertEquals("test", records[0].getString("ns"));
        assertEquals("bar", records[1].getString("ns"));
        client.delete(new Key[] {test, bar});
    }

    @Test
    void anUnknownNamespaceFailsKeyArraysAndMarksRowsOfLists(TestInfo info) {
        Key[] keys = keys(info, 1, 0);
        Key unknown = Key.of("no_such_ns", SET, "k");
        assertThrows(InvalidNamespaceException.class, () -> client.get(new Key[] {keys[0], unknown}));
        List<BatchRead> reads = List.of(BatchRead.allBins(keys[0]), BatchRead.allBins(unknown));
        assertFalse(client.get(reads));
        assertEquals(0, reads.get(0).resultCode());
        assertEquals(ResultCode.INVALID_NAMESPACE.code(), reads.get(1).resultCode());
        BatchRecord[] deletes = client.delete(new Key[] {keys[0], unknown});
        assertEquals(0, deletes[0].resultCode());
        assertEquals(ResultCode.INVALID_NAMESPACE.code(), deletes[1].resultCode());
        assertThrows(InvalidNamespaceException.class, () -> client.delete(new Key[] {unknown}),
            "a batch none of whose keys can be routed fails as a whole");
    }

    @Test
    void duplicateKeysAreAnsweredAtEachPosition(TestInfo info) {
        Key[] keys = keys(info, 1, 0);
        Key[] twice = {keys[0], keys[0]};
        Record[] records = client.get(twice);
        assertEquals(0L, records[0].getLong("n"));
        assertEquals(0L, records[1].getLong("n"));
        BatchRecord[] rows = client.operate(twice, Operations.add("n", 1L));
        assertEquals(0, rows[0].resultCode());
        assertEquals(0, rows[1].resultCode());
        assertEquals(2L, client.get(keys[0]).getLong("n"), "both rows applied");
    }

    @Test
    void emptyKeyListsAnswerWithoutARoundTrip() {
        assertEquals(0, client.get(new Key[0]).length);
        assertEquals(0, client.exists(new Key[0]).length);
        assertEquals(0, client.delete(new Key[0]).length);
        assertTrue(client.operate(List.of()));
    }

    @Test
    void badArgumentsFailBeforeSending(TestInfo info) {
        Key[] keys = keys(info, 2);
        keys[1] = null;
        NullPointerException e = assertThrows(NullPointerException.class, () -> client.get(keys));
        assertTrue(e.getMessage().contains("keys[1]"), e.getMessage());
        assertThrows(NullPointerException.class, () -> client.get((Key[]) null));
        assertThrows(IllegalArgumentException.class, () -> BatchRead.bins(Key.of("test", SET, "k")));
        assertThrows(IllegalArgumentException.class,
            () -> new BatchWrite(Key.of("test", SET, "k"), Operations.get("n")));
        assertThrows(IllegalArgumentException.class, () -> BatchPolicy.builder().maxConcurrentNodes(-1));
    }

    @Test
    void aFilterDropsTheRowsItRejects(TestInfo info) {
        Key[] keys = keys(info, 3, 0, 1, 2);
        Expression evenOnly = Exp.build(Exp.eq(Exp.mod(Exp.intBin("n"), Exp.val(2)), Exp.val(0)));
        BatchPolicy filtered = BatchPolicy.builder().filterExpression(evenOnly).build();
        Record[] records = client.get(filtered, keys);
        assertNotNull(records[0]);
        assertNull(records[1]);
        assertNotNull(records[2]);
        List<BatchRead> reads = List.of(BatchRead.allBins(keys[0]), BatchRead.allBins(keys[1]));
        assertFalse(client.get(filtered, reads));
        assertEquals(ResultCode.FILTERED_OUT.code(), reads.get(1).resultCode());
        BatchWritePolicy writeFilter = BatchWritePolicy.builder().filterExpression(evenOnly).build();
        BatchRecord[] rows = client.operate(null, writeFilter, keys, Operations.put("s", "x"));
        assertEquals(0, rows[0].resultCode());
        assertEquals(ResultCode.FILTERED_OUT.code(), rows[1].resultCode());
        assertEquals("v1", client.get(keys[1]).getString("s"));
    }

    @Test
    void generationChecksFailPerRow(TestInfo info) {
        Key[] keys = keys(info, 2, 0, 1);
        client.put(keys[1], Bin.of("n", 5L));
        BatchWritePolicy gen1 = BatchWritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
            .generation(1).build();
        BatchRecord[] rows = client.operate(null, gen1, keys, Operations.put("s", "g"));
        assertEquals(0, rows[0].resultCode());
        assertEquals(ResultCode.GENERATION_ERROR.code(), rows[1].resultCode());
        assertFalse(rows[1].inDoubt());
        BatchDeletePolicy gen9 = BatchDeletePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
            .generation(9).build();
        assertEquals(ResultCode.GENERATION_ERROR.code(), client.delete(null, gen9, keys)[0].resultCode());
    }

    @Test
    void withoutRespondAllKeysTheFirstRowErrorFailsTheBatch(TestInfo info) {
        Key[] keys = keys(info, 3, 0, 1, 2);
        client.put(keys[1], Bin.of("n", 5L));
        BatchPolicy stopAtError = BatchPolicy.builder().respondAllKeys(false).maxRetries(0).build();
        BatchWritePolicy gen1 = BatchWritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
            .generation(1).build();
        assertThrows(GenerationMismatchException.class,
            () -> client.operate(stopAtError, gen1, keys, Operations.put("s", "g")));
        Record[] records = client.get(stopAtError, new Key[] {keys[0], Key.of(TestTarget.NAMESPACE, SET, "absent")});
        assertNotNull(records[0]);
        assertNull(records[1], "not found is no error that stops the batch");
    }

    @Test
    void fiveThousandKeysInOneCall(TestInfo info) {
        Key[] keys = new Key[5000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName() + "/" + i);
        }
        // about the size, not the speed: 5 000 rows may take over the default 1 s on a loaded machine
        BatchPolicy patient = BatchPolicy.builder().totalTimeout(10_000).build();
        BatchRecord[] written = client.operate(patient, null, keys, Operations.put("i", 1L));
        for (BatchRecord row : written) {
            assertEquals(0, row.resultCode(), row.toString());
        }
        BatchPolicy parallel = patient.toBuilder().maxConcurrentNodes(0).build();
        Record[] records = client.get(parallel, keys);
        for (int i = 0; i < records.length; i++) {
            assertNotNull(records[i], "key " + i);
            assertEquals(keys[i], records[i].key());
        }
        for (BatchRecord row : client.delete(patient, null, keys)) {
            assertEquals(0, row.resultCode());
        }
    }

    @Test
    void aBadOperationValueFailsBeforeAnythingIsSent(TestInfo info) {
        Key[] keys = keys(info, 2, 0);
        Operation[] ops = {Operations.put("o", Value.of(new Object()))};
        BatchPolicy noSerializer = BatchPolicy.builder().serializerMode(io.spikesdk.api.SerializerMode.NONE).build();
        assertThrows(AerospikeException.class, () -> client.operate(noSerializer, null, keys, ops));
        assertNull(client.get(keys[1]));
    }
}
