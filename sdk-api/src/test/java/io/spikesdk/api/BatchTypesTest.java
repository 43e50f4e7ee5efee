package io.spikesdk.api;

import io.spikesdk.api.internal.ApiAccess;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Defaults, validation and outcome of the batch types. */
class BatchTypesTest {
    private static final Key KEY = Key.of("test", "s", "k");

    @Test
    void batchPolicyDefaultsAsTheOfficialClient() {
        BatchPolicy p = BatchPolicy.DEFAULT;
        assertEquals(1, p.maxConcurrentNodes());
        assertTrue(p.allowInline());
        assertFalse(p.allowInlineSSD());
        assertTrue(p.respondAllKeys());
        assertEquals(2, p.maxRetries());
        assertEquals(0, BatchPolicy.WRITE_DEFAULT.maxRetries());
        assertSame(BatchPolicy.DEFAULT, Policies.DEFAULT.batch());
        assertSame(BatchPolicy.WRITE_DEFAULT, Policies.DEFAULT.batchWrite());
    }

    @Test
    void batchPolicyBuilderKeepsEveryLevel() {
        BatchPolicy p = BatchPolicy.builder().totalTimeout(50).maxConcurrentNodes(0).allowInline(false)
            .allowInlineSSD(true).respondAllKeys(false).replica(Replica.MASTER).build();
        assertEquals(p, p.toBuilder().build());
        assertEquals(p.hashCode(), p.toBuilder().build().hashCode());
        assertNotEquals(p, p.toBuilder().respondAllKeys(true).build());
        assertTrue(p.toString().contains("maxConcurrentNodes=0"), p.toString());
        assertEquals(50, p.totalTimeout());
        assertThrows(IllegalArgumentException.class, () -> BatchPolicy.builder().maxConcurrentNodes(-1));
    }

    @Test
    void rowPoliciesValidateAsWritePolicy() {
        BatchWritePolicy w = BatchWritePolicy.builder().expiration(-2).generation(3)
            .generationPolicy(GenerationPolicy.EXPECT_GEN_GT).build();
        assertEquals(w, w.toBuilder().build());
        assertThrows(IllegalArgumentException.class, () -> BatchWritePolicy.builder().expiration(-3));
        assertThrows(IllegalArgumentException.class, () -> BatchWritePolicy.builder().generation(-1));
        NullPointerException e = assertThrows(NullPointerException.class,
            () -> BatchWritePolicy.builder().recordExistsAction(null));
        assertTrue(e.getMessage().contains("recordExistsAction"), e.getMessage());
        assertThrows(NullPointerException.class, () -> BatchDeletePolicy.builder().commitLevel(null));
        assertThrows(IllegalArgumentException.class, () -> BatchDeletePolicy.builder().generation(-1));
        assertThrows(IllegalArgumentException.class, () -> BatchUDFPolicy.builder().expiration(-5));
        assertEquals(RecordExistsAction.UPDATE, BatchWritePolicy.DEFAULT.recordExistsAction());
        assertEquals(CommitLevel.COMMIT_ALL, BatchDeletePolicy.DEFAULT.commitLevel());
        assertFalse(BatchUDFPolicy.DEFAULT.sendKey());
    }

    @Test
    void rowsValidateTheirArguments() {
        assertThrows(IllegalArgumentException.class, () -> BatchRead.bins(KEY));
        assertThrows(NullPointerException.class, () -> BatchRead.bins(KEY, "a", null));
        assertThrows(IllegalArgumentException.class, () -> BatchRead.ops(KEY, Operations.put("a", 1)));
        assertThrows(IllegalArgumentException.class, () -> new BatchWrite(KEY, Operations.get("a")));
        assertThrows(IllegalArgumentException.class, () -> new BatchWrite(KEY));
        assertThrows(NullPointerException.class, () -> new BatchDelete(null));
        assertThrows(IllegalArgumentException.class, () -> new BatchUDF(KEY, "", "f"));
        assertThrows(NullPointerException.class, () -> new BatchUDF(KEY, "m", "f", (Value) null));
        assertTrue(BatchRead.allBins(KEY).readAllBins());
        assertFalse(BatchRead.header(KEY).readAllBins());
        assertNull(BatchRead.header(KEY).binNames());
    }

    @Test
    void aRowHasNoOutcomeUntilTheClientSetsIt() {
        BatchWrite row = new BatchWrite(KEY, Operations.put("a", 1));
        assertEquals(ResultCode.NO_RESPONSE.code(), row.resultCode());
        assertNull(row.record());
        assertFalse(row.inDoubt());
        assertTrue(row.hasWrite());
        assertFalse(BatchRead.allBins(KEY).hasWrite());
        Record record = ApiAccess.record(KEY, Map.of("a", 1L), 2, 100, null);
        ApiAccess.completeBatchRecord(row, record, 0, false);
        assertSame(record, row.record());
        assertEquals(0, row.resultCode());
        ApiAccess.completeBatchRecord(row, null, ResultCode.TIMEOUT.code(), true);
        assertTrue(row.inDoubt());
        assertTrue(row.toString().contains("resultCode=9, inDoubt"), row.toString());
    }
}
