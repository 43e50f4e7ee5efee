package io.spikesdk.it;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.Bin;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ReadModeAP;
import io.spikesdk.api.Record;
import io.spikesdk.api.RecordExistsAction;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.exp.Exp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AsyncConfig#autoBatch()}: single-record commands started in one pass of the event loop travel as one
 * batch-index request per node and policy, and every command still gets exactly the answer it gets alone (records,
 * missing keys, bin selections, headers, exists, writes, their errors), with its own metrics event. The commands of
 * a test start inside a callback on the client's only event loop ({@link AutoBatching#burst}), so they share one
 * pass; the server's {@code batch_index_initiate} statistic counts the batches that came of it.
 */
@Timeout(120)
class AutoBatchTest {
    private static final String SET = "it_autobatch";
    private static final int PRESENT = 150;
    private static final Policy PATIENT = Policy.builder().socketTimeout(20_000).totalTimeout(30_000).build();
    private static final WritePolicy WRITE = WritePolicy.builder().socketTimeout(20_000).totalTimeout(30_000).build();

    private static AutoBatching batching;
    private static AerospikeClient client;
    private static AsyncAerospikeClient async;
    private static Key[] keys;
    private static Record[] alone;

    @BeforeAll
    static void connect() {
        batching = AutoBatching.connect(TestTarget.config());
        client = batching.client();
        async = client.async();
        keys = new Key[2 * PRESENT];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Key.of(TestTarget.NAMESPACE, SET, "k" + i);
        }
    }

    @BeforeEach
    void writeRecords() {
        for (Key key : keys) {
            client.delete(key);
        }
        alone = new Record[PRESENT];
        for (int i = 0; i < PRESENT; i++) {
            client.put(keys[i], Bin.of("i", i), Bin.of("s", "value-" + i), Bin.of("b", new byte[] {(byte) i, 7}));
            alone[i] = client.get(keys[i]);
        }
    }

    @AfterAll
    static void close() {
        if (client != null) {
            for (Key key : keys) {
                client.delete(key);
            }
            batching.close();
        }
    }

    @Test
    void readsOfOnePassTravelTogetherAndEachGetsItsOwnAnswer() {
        long batchesBefore = batching.batchesInitiated();
        long readsBefore = batching.completed(CommandType.READ);
        long batchEventsBefore = batching.completed(CommandType.BATCH);
        int n = keys.length;
        List<CompletableFuture<Object>> results = batching.burst(4 * n, c -> switch (c / n) {
            case 0 -> async.get(PATIENT, keys[c % n]).thenApply(r -> (Object) r);
            case 1 -> async.get(PATIENT, keys[c % n], "s", "nope").thenApply(r -> (Object) r);
            case 2 -> async.getHeader(PATIENT, keys[c % n]).thenApply(r -> (Object) r);
            default -> async.exists(PATIENT, keys[c % n]).thenApply(r -> (Object) r);
        });
        for (int i = 0; i < n; i++) {
            Record record = (Record) results.get(i).join();
            Record named = (Record) results.get(n + i).join();
            Record header = (Record) results.get(2 * n + i).join();
            boolean exists = (Boolean) results.get(3 * n + i).join();
            if (i >= PRESENT) {
                assertNull(record, "missing key " + i);
                assertNull(named);
                assertNull(header);
                assertFalse(exists);
                continue;
            }
            assertSameBins(alone[i], record);
            assertEquals(alone[i].generation(), record.generation());
            assertTrue(Math.abs(alone[i].ttl() - record.ttl()) <= 60, "ttl " + record.ttl() + " vs " + alone[i].ttl());
            assertEquals(keys[i], record.key());
            assertEquals(Map.of("s", "value-" + i), named.bins(), "only the named bins");
            assertTrue(header.bins() == null || header.bins().isEmpty(), "a header has no bins: " + header.bins());
            assertEquals(alone[i].generation(), header.generation());
            assertTrue(exists);
        }
        int commands = 4 * n;
        int expectedBatches = (commands + AutoBatching.MAX_ROWS - 1) / AutoBatching.MAX_ROWS;
        assertEquals(expectedBatches, batching.batchesInitiated() - batchesBefore,
            commands + " reads of one pass, one policy, one node: batches of up to " + AutoBatching.MAX_ROWS);
        assertEquals(2 * n, batching.completed(CommandType.READ) - readsBefore,
            "one READ event per get (getHeader and exists report their own types)");
        assertEquals(batchEventsBefore, batching.completed(CommandType.BATCH), "the commands are the events");
    }

    @Test
    void writesOfOnePassTravelTogetherAndAllApply() {
        long batchesBefore = batching.batchesInitiated();
        Key counter = keys[PRESENT];
        List<CompletableFuture<Object>> puts = batching.burst(PRESENT, i ->
            async.put(WRITE, keys[PRESENT + i], Bin.of("w", i), Bin.of("s", "new-" + i)).thenApply(v -> (Object) "ok"));
        puts.forEach(CompletableFuture::join);
        for (int i = 0; i < PRESENT; i++) {
            Record r = client.get(keys[PRESENT + i]);
            assertEquals(i, r.getInt("w"));
            assertEquals("new-" + i, r.getString("s"));
        }
        List<CompletableFuture<Object>> adds = batching.burst(100, i ->
            async.add(WRITE, counter, Bin.of("n", 1)).thenApply(v -> (Object) "ok"));
        adds.forEach(CompletableFuture::join);
        assertEquals(100, client.get(counter).getInt("n"), "100 adds of one record in one batch all apply");
        assertEquals(2, batching.batchesInitiated() - batchesBefore, "one batch per pass");

        List<CompletableFuture<Object>> deletes = batching.burst(keys.length, i ->
            async.delete(WRITE, keys[i]).thenApply(found -> (Object) found));
        for (int i = 0; i < keys.length; i++) {
            assertEquals(Boolean.TRUE, deletes.get(i).join(), "every key exists now: " + i);
            assertNull(client.get(keys[i]));
        }
        List<CompletableFuture<Object>> again = batching.burst(10, i ->
            async.delete(WRITE, keys[i]).thenApply(found -> (Object) found));
        again.forEach(f -> assertEquals(Boolean.FALSE, f.join()));
    }

    @Test
    void rowErrorsAreEachCommandsOwnAndMatchTheCommandAlone() {
        WritePolicy createOnly = WritePolicy.builder().recordExistsAction(RecordExistsAction.CREATE_ONLY)
            .socketTimeout(20_000).totalTimeout(30_000).build();
        WritePolicy staleGeneration = WritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
            .generation(alone[0].generation() + 5).socketTimeout(20_000).totalTimeout(30_000).build();
        AerospikeException createAlone = assertThrows(AerospikeException.class,
            () -> client.put(createOnly, keys[0], Bin.of("x", 1)));
        AerospikeException generationAlone = assertThrows(AerospikeException.class,
            () -> client.put(staleGeneration, keys[0], Bin.of("x", 1)));
        long batchesBefore = batching.batchesInitiated();

        // keys 100..199 under CREATE_ONLY: 100..149 exist, 150..199 do not; keys 0..49 with a stale generation
        List<CompletableFuture<Object>> results = batching.burst(150, c -> c < 100
            ? async.put(createOnly, keys[100 + c], Bin.of("x", c)).thenApply(v -> (Object) "ok")
            : async.put(staleGeneration, keys[c - 100], Bin.of("x", c)).thenApply(v -> (Object) "ok"));
        for (int c = 0; c < 150; c++) {
            CompletableFuture<Object> f = results.get(c);
            boolean shouldFail = c < 50 || c >= 100;
            if (!shouldFail) {
                assertEquals("ok", f.join());
                assertEquals(c, client.get(keys[100 + c]).getInt("x"));
                continue;
            }
            CompletionException e = assertThrows(CompletionException.class, f::join);
            AerospikeException failure = assertInstanceOf(AerospikeException.class, e.getCause());
            AerospikeException expected = c < 50 ? createAlone : generationAlone;
            assertEquals(expected.resultCode(), failure.resultCode(), "command " + c);
            assertEquals(expected.getMessage(), failure.getMessage(), "command " + c);
            assertFalse(failure.inDoubt());
        }
        assertEquals(ResultCode.KEY_EXISTS_ERROR, createAlone.resultCode());
        assertEquals(ResultCode.GENERATION_ERROR, generationAlone.resultCode());
        assertEquals(alone[0].generation(), client.get(keys[0]).generation(), "the failed writes changed nothing");
        assertEquals(2, batching.batchesInitiated() - batchesBefore, "one batch per policy");
    }

    @Test
    void otherPoliciesAndCommandsThatGoAloneStillGetTheirOwnAnswers() {
        Policy apAll = Policy.builder().readModeAP(ReadModeAP.ALL).socketTimeout(20_000).totalTimeout(30_000).build();
        Policy evenOnly = Policy.builder().socketTimeout(20_000).totalTimeout(30_000)
            .filterExpression(Exp.build(Exp.eq(Exp.mod(Exp.intBin("i"), Exp.val(2)), Exp.val(0)))).build();
        long batchesBefore = batching.batchesInitiated();
        List<CompletableFuture<Object>> results = batching.burst(3 * PRESENT, c -> switch (c % 3) {
            case 0 -> async.get(PATIENT, keys[c / 3]).thenApply(r -> (Object) r);
            case 1 -> async.get(apAll, keys[c / 3], "i").thenApply(r -> (Object) r);
            default -> async.get(evenOnly, keys[c / 3]).thenApply(r -> (Object) r);
        });
        for (int i = 0; i < PRESENT; i++) {
            assertSameBins(alone[i], (Record) results.get(3 * i).join());
            assertEquals(Map.of("i", (long) i), ((Record) results.get(3 * i + 1).join()).bins());
            Record even = (Record) results.get(3 * i + 2).join();
            if (i % 2 == 0) {
                assertSameBins(alone[i], even);
            } else {
                assertNull(even, "filtered out");
            }
        }
        assertEquals(2, batching.batchesInitiated() - batchesBefore,
            "one batch per policy; reads with a filter go alone");
    }

    @Test
    void largeCommandsTravelWithinTheBatchSizeBoundAndAllApply() {
        long batchesBefore = batching.batchesInitiated();
        byte[] large = new byte[100 * 1024];
        List<CompletableFuture<Object>> puts = batching.burst(14, i -> {
            byte[] blob = i < 4 ? large.clone() : new byte[] {(byte) i};
            blob[0] = (byte) i;
            return async.put(WRITE, keys[PRESENT + i], Bin.of("blob", blob)).thenApply(v -> (Object) "ok");
        });
        puts.forEach(f -> assertEquals("ok", f.join()));
        for (int i = 0; i < 14; i++) {
            byte[] stored = client.get(keys[PRESENT + i]).getBytes("blob");
            assertEquals(i < 4 ? large.length : 1, stored.length);
            assertEquals((byte) i, stored[0]);
        }
        long batches = batching.batchesInitiated() - batchesBefore;
        assertTrue(batches >= 1 && batches <= 4, "at most one 100 KiB write per batch of at most 128 KiB: " + batches);
    }

    @Test
    void aCommandWithNoCompanyIsSentAlone() throws Exception {
        long batchesBefore = batching.batchesInitiated();
        for (int i = 0; i < 20; i++) {
            assertSameBins(alone[i], async.get(PATIENT, keys[i]).get(10, TimeUnit.SECONDS));
            async.put(WRITE, keys[i], Bin.of("i", i)).get(10, TimeUnit.SECONDS);
        }
        assertEquals(batchesBefore, batching.batchesInitiated(), "one command at a time is never a batch");
    }

    /** The same bins (blobs compared by content). */
    static void assertSameBins(Record expected, Record actual) {
        assertNotNull(actual, "a record");
        assertEquals(expected.bins().keySet(), actual.bins().keySet());
        expected.bins().forEach((name, value) -> {
            if (value instanceof byte[] bytes) {
                assertArrayEquals(bytes, (byte[]) actual.getValue(name), name);
            } else {
                assertEquals(value, actual.getValue(name), name);
            }
        });
    }
}
