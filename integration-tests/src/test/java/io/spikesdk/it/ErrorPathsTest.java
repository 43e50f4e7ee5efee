package io.spikesdk.it;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.Bin;
import io.spikesdk.api.BinNameTooLongException;
import io.spikesdk.api.BinTypeException;
import io.spikesdk.api.GenerationMismatchException;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.InvalidNamespaceException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.RecordExistsAction;
import io.spikesdk.api.RecordExistsException;
import io.spikesdk.api.RecordNotFoundException;
import io.spikesdk.api.RecordTooBigException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.WritePolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every error path of the single-record API: the exception type, the result code, and that the
 * record is exactly as it was before (nothing written), with the client still usable afterwards.
 */
class ErrorPathsTest {
    private static final String SET = "it_errors";
    private static AerospikeClient client;

    @BeforeAll
    static void connect() {
        client = Aerospike.client(TestTarget.config().build()).connect();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static Key freshKey(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(key);
        return key;
    }

    /** Asserts the call fails with the type and code given, and that the record did not change. */
    private static <T extends AerospikeException> T assertFailsUnchanged(Class<T> type, ResultCode code, Key key,
                                                                         Executable call) {
        Record before = client.get(key);
        T e = assertThrows(type, call);
        assertEquals(code, e.resultCode(), e.getMessage());
        assertTrue(e.getMessage().contains(code.name()), e.getMessage());
        Record after = client.get(key);
        if (before == null) {
            assertNull(after, "nothing may be written");
        } else {
            assertEquals(before.bins().toString(), after.bins().toString());
            assertEquals(before.generation(), after.generation());
        }
        return e;
    }

    @Test
    void touchOfAMissingRecordIsNotFoundAndCreatesNothing(TestInfo info) {
        Key key = freshKey(info);
        assertFailsUnchanged(RecordNotFoundException.class, ResultCode.KEY_NOT_FOUND_ERROR, key, () -> client.touch(key));
    }

    @Test
    void generationMismatch(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("a", 1));
        client.put(key, Bin.of("a", 2));
        WritePolicy expectGen1 = WritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL).generation(1).build();
        assertFailsUnchanged(GenerationMismatchException.class, ResultCode.GENERATION_ERROR, key,
                () -> client.put(expectGen1, key, Bin.of("a", 3)));
        WritePolicy expectGen2 = expectGen1.toBuilder().generation(2).build();
        client.put(expectGen2, key, Bin.of("a", 3));
        assertEquals(3L, client.get(key).getLong("a"));

        WritePolicy gtSame = WritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_GT).generation(3).build();
        assertFailsUnchanged(GenerationMismatchException.class, ResultCode.GENERATION_ERROR, key,
                () -> client.put(gtSame, key, Bin.of("a", 4)));
        client.put(gtSame.toBuilder().generation(9).build(), key, Bin.of("a", 4));
        Record r = client.get(key);
        assertEquals(4L, r.getLong("a"));
        assertEquals(4, r.generation(), "GT increments by one, it does not set the generation");
    }

    @Test
    void createOnlyOnAnExistingRecord(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("a", 1));
        WritePolicy createOnly = WritePolicy.builder().recordExistsAction(RecordExistsAction.CREATE_ONLY).build();
        assertFailsUnchanged(RecordExistsException.class, ResultCode.KEY_EXISTS_ERROR, key,
                () -> client.put(createOnly, key, Bin.of("a", 2)));
    }

    @Test
    void updateOnlyAndReplaceOnlyOnAMissingRecord(TestInfo info) {
        Key key = freshKey(info);
        for (RecordExistsAction action : List.of(RecordExistsAction.UPDATE_ONLY, RecordExistsAction.REPLACE_ONLY)) {
            WritePolicy policy = WritePolicy.builder().recordExistsAction(action).build();
            assertFailsUnchanged(RecordNotFoundException.class, ResultCode.KEY_NOT_FOUND_ERROR, key,
                    () -> client.put(policy, key, Bin.of("a", 2)));
        }
    }

    @Test
    void replaceRemovesBinsNotWritten(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("a", 1), Bin.of("b", 2));
        client.put(WritePolicy.builder().recordExistsAction(RecordExistsAction.REPLACE).build(), key, Bin.of("c", 3));
        assertEquals(Map.of("c", 3L), client.get(key).bins());
        client.put(WritePolicy.builder().recordExistsAction(RecordExistsAction.REPLACE_ONLY).build(), key, Bin.of("d", 4));
        assertEquals(Map.of("d", 4L), client.get(key).bins());
        client.put(WritePolicy.builder().recordExistsAction(RecordExistsAction.UPDATE_ONLY).build(), key, Bin.of("e", 5));
        assertEquals(Map.of("d", 4L, "e", 5L), client.get(key).bins());
    }

    @Test
    void binTypeErrors(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("i", 1), Bin.of("s", "x"), Bin.of("d", 1.5));
        assertFailsUnchanged(BinTypeException.class, ResultCode.BIN_TYPE_ERROR, key, () -> client.append(key, Bin.of("i", "y")));
        assertFailsUnchanged(BinTypeException.class, ResultCode.BIN_TYPE_ERROR, key, () -> client.prepend(key, Bin.of("i", "y")));
        assertFailsUnchanged(BinTypeException.class, ResultCode.BIN_TYPE_ERROR, key, () -> client.add(key, Bin.of("s", 1)));
        assertFailsUnchanged(BinTypeException.class, ResultCode.BIN_TYPE_ERROR, key, () -> client.add(key, Bin.of("i", 1.5)));
        assertFailsUnchanged(BinTypeException.class, ResultCode.BIN_TYPE_ERROR, key, () -> client.add(key, Bin.of("d", 1)));
        assertFailsUnchanged(BinTypeException.class, ResultCode.BIN_TYPE_ERROR, key,
                () -> client.operate(key, Operations.put("ok", 1), Operations.add("s", 1)));
    }

    @Test
    void binNameLongerThan15Bytes(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("a", 1));
        assertFailsUnchanged(BinNameTooLongException.class, ResultCode.BIN_NAME_TOO_LONG, key,
                () -> client.put(key, Bin.of("a", 2), Bin.of("sixteen-bytes-xx", 1)));
        Key missing = freshKey(info);
        client.delete(missing);
    }

    @Test
    void unknownNamespaceIsRejected(TestInfo info) {
        Key key = Key.of("nosuchns", SET, info.getDisplayName());
        InvalidNamespaceException e = assertThrows(InvalidNamespaceException.class, () -> client.put(key, Bin.of("a", 1)));
        assertEquals(ResultCode.INVALID_NAMESPACE, e.resultCode());
        assertThrows(InvalidNamespaceException.class, () -> client.get(key));
    }

    @Test
    void recordTooBigWritesNothingAndTheConnectionSurvives(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("a", 1));
        byte[] huge = new byte[1100 * 1024];
        assertFailsUnchanged(RecordTooBigException.class, ResultCode.RECORD_TOO_BIG, key,
                () -> client.put(key, Bin.of("big", huge)));
        client.put(key, Bin.of("a", 2));
        assertEquals(2L, client.get(key).getLong("a"));
    }

    @Test
    void unsupportedJavaTypesFailBeforeAnythingIsSent(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("a", 1));
        Record before = client.get(key);
        assertThrows(SerializationException.class, () -> client.put(key, Bin.of("a", new Object())));
        assertThrows(SerializationException.class,
                () -> client.put(key, Bin.of("b", 2), Bin.of("l", List.of(1, new Object()))));
        Record after = client.get(key);
        assertEquals(before.bins(), after.bins());
        assertEquals(before.generation(), after.generation());
    }

    @Test
    void durableDeleteIsEnterpriseOnlyOnCommunityEdition(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("a", 1));
        WritePolicy durable = WritePolicy.builder().durableDelete(true).build();
        boolean community = client.info("edition").contains("Community");
        if (community) {
            assertFailsUnchanged(AerospikeException.class, ResultCode.ENTERPRISE_ONLY, key, () -> client.delete(durable, key));
        } else {
            assertTrue(client.delete(durable, key));
            assertFalse(client.exists(key));
        }
    }

    @Test
    void durableDeleteIsIgnoredByWritesThatKeepTheRecord(TestInfo info) {
        Key key = freshKey(info);
        WritePolicy durable = WritePolicy.builder().durableDelete(true).build();
        client.put(durable, key, Bin.of("a", 1));
        client.operate(durable, key, Operations.delete(), Operations.put("b", 2));
        assertEquals(Map.of("b", 2L), client.get(key).bins());
        if (client.info("edition").contains("Community")) {
            assertFailsUnchanged(AerospikeException.class, ResultCode.ENTERPRISE_ONLY, key,
                () -> client.operate(durable, key, Operations.delete()));
        }
    }

    @Test
    void aWriteThatLeavesNoBinOnAMissingRecordIsNotFound(TestInfo info) {
        Key key = freshKey(info);
        assertFailsUnchanged(RecordNotFoundException.class, ResultCode.KEY_NOT_FOUND_ERROR, key,
            () -> client.put(key, Bin.asNull("a")));
        assertFailsUnchanged(RecordNotFoundException.class, ResultCode.KEY_NOT_FOUND_ERROR, key,
            () -> client.operate(key, Operations.delete()));
    }

    @Test
    void addOfANullValueIsAParameterError(TestInfo info) {
        Key key = freshKey(info);
        client.put(key, Bin.of("a", 1));
        assertFailsUnchanged(AerospikeException.class, ResultCode.PARAMETER_ERROR, key,
            () -> client.add(key, Bin.asNull("a")));
    }

    @Test
    void infoErrorsAreTyped() {
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.info("no-such-command"));
        assertEquals(ResultCode.PARAMETER_ERROR, e.resultCode());
        assertTrue(e.getMessage().contains("no-such-command"), e.getMessage());
        assertEquals("4096", client.info("partitions"), "the connection is still usable");
    }
}
