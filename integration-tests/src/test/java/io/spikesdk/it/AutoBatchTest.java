package io.spikesdk.it;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ReadModeAP;
import io.spikesdk.api.Record;
import io.spikesdk.api.metrics.CommandOutcome;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.exp.Exp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AsyncConfig#autoBatch()}: concurrent single-record reads travel as batch-index requests, and every
 * read still gets exactly the answer it gets alone (records, missing keys, bin selections, headers, exists), with
 * its own metrics event. The server's {@code batch_index_initiate} statistic proves the batching happened.
 */
@Timeout(120)
class AutoBatchTest {
    private static final String SET = "it_coalesce";
    private static final int PRESENT = 150;
    private static final Policy PATIENT = Policy.builder().socketTimeout(20_000).totalTimeout(30_000).build();

    private static final Map<CommandType, AtomicLong> COMPLETED = new ConcurrentHashMap<>();
    private static AerospikeClient client;
    private static AsyncAerospikeClient async;
    private static Key[] keys;
    private static Record[] alone;

    @BeforeAll
    static void connect() {
        MetricsListener counting = outcome -> count(outcome);
        client = Aerospike.client(TestTarget.config().metricsListener(counting)
            .async(AsyncConfig.builder().eventLoops(2).autoBatch(true).build()).build()).connect();
        async = client.async();
        keys = new Key[2 * PRESENT];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Key.of(TestTarget.NAMESPACE, SET, "k" + i);
            client.delete(keys[i]);
        }
        alone = new Record[PRESENT];
        for (int i = 0; i < PRESENT; i++) {
            client.put(keys[i], Bin.of("i", i), Bin.of("s", "value-" + i), Bin.of("b", new byte[] {(byte) i, 7}));
            alone[i] = client.get(keys[i]);
        }
    }

    private static void count(CommandOutcome outcome) {
        COMPLETED.computeIfAbsent(outcome.type(), t -> new AtomicLong()).incrementAndGet();
    }

    @AfterAll
    static void close() {
        if (client != null) {
            for (Key key : keys) {
                client.delete(key);
            }
            client.close();
        }
    }

    private static long batchesInitiated() {
        return Long.parseLong(statistics().get("batch_index_initiate"));
    }

    private static Map<String, String> statistics() {
        Map<String, String> stats = new java.util.HashMap<>();
        for (String pair : client.info("statistics").split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                stats.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return stats;
    }

    @Test
    void concurrentReadsTravelTogetherAndEachGetsItsOwnAnswer() throws Exception {
        long batchesBefore = batchesInitiated();
        long readsBefore = completed(CommandType.READ);
        long batchEventsBefore = completed(CommandType.BATCH);
        int rounds = 8;
        List<CompletableFuture<Record>> all = new ArrayList<>();
        List<CompletableFuture<Record>> named = new ArrayList<>();
        List<CompletableFuture<Record>> headers = new ArrayList<>();
        List<CompletableFuture<Boolean>> exists = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (Key key : keys) {
                all.add(async.get(PATIENT, key));
                named.add(async.get(PATIENT, key, "s", "nope"));
                headers.add(async.getHeader(PATIENT, key));
                exists.add(async.exists(PATIENT, key));
            }
        }
        CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        CompletableFuture.allOf(named.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        CompletableFuture.allOf(headers.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        CompletableFuture.allOf(exists.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);

        for (int n = 0; n < all.size(); n++) {
            int i = n % keys.length;
            Record record = all.get(n).join();
            Record name = named.get(n).join();
            Record header = headers.get(n).join();
            if (i >= PRESENT) {
                assertNull(record, "missing key " + i);
                assertNull(name);
                assertNull(header);
                assertFalse(exists.get(n).join());
                continue;
            }
            assertEquals(i, record.getInt("i"));
            assertEquals("value-" + i, record.getString("s"));
            assertArrayEquals(new byte[] {(byte) i, 7}, record.getBytes("b"));
            assertSameBins(alone[i], record);
            assertEquals(alone[i].generation(), record.generation());
            assertTrue(Math.abs(alone[i].ttl() - record.ttl()) <= 60, "ttl " + record.ttl() + " vs " + alone[i].ttl());
            assertEquals(keys[i], record.key());
            assertEquals(Map.of("s", "value-" + i), name.bins(), "only the named bins");
            assertNotNull(header);
            assertTrue(header.bins() == null || header.bins().isEmpty(), "a header has no bins: " + header.bins());
            assertEquals(alone[i].generation(), header.generation());
            assertTrue(exists.get(n).join());
        }
        int reads = 4 * rounds * keys.length;
        long batches = batchesInitiated() - batchesBefore;
        assertTrue(batches >= 1 && batches < reads / 2, reads + " concurrent reads made " + batches + " batches");
        assertEquals(reads - 2 * rounds * keys.length, completed(CommandType.READ) - readsBefore,
            "one READ event per get (getHeader and exists report their own types)");
        assertEquals(batchEventsBefore, completed(CommandType.BATCH), "no batch events: the reads are the commands");
    }

    @Test
    void readsWithOtherPoliciesAndFiltersStillGetTheirOwnAnswers() throws Exception {
        Policy apAll = Policy.builder().readModeAP(ReadModeAP.ALL).socketTimeout(20_000).totalTimeout(30_000).build();
        Policy evenOnly = Policy.builder().socketTimeout(20_000).totalTimeout(30_000)
            .filterExpression(Exp.build(Exp.eq(Exp.mod(Exp.intBin("i"), Exp.val(2)), Exp.val(0)))).build();
        List<CompletableFuture<Record>> defaults = new ArrayList<>();
        List<CompletableFuture<Record>> modes = new ArrayList<>();
        List<CompletableFuture<Record>> filtered = new ArrayList<>();
        for (int i = 0; i < PRESENT; i++) {
            defaults.add(async.get(PATIENT, keys[i]));
            modes.add(async.get(apAll, keys[i], "i"));
            filtered.add(async.get(evenOnly, keys[i]));
        }
        CompletableFuture.allOf(filtered.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        for (int i = 0; i < PRESENT; i++) {
            assertSameBins(alone[i], defaults.get(i).get(60, TimeUnit.SECONDS));
            assertEquals(Map.of("i", (long) i), modes.get(i).get(60, TimeUnit.SECONDS).bins());
            Record even = filtered.get(i).join();
            if (i % 2 == 0) {
                assertSameBins(alone[i], even);
            } else {
                assertNull(even, "filtered out");
            }
        }
    }

    @Test
    void oneReadAtATimeIsSentAlone() throws Exception {
        long batchesBefore = batchesInitiated();
        for (int i = 0; i < 20; i++) {
            assertSameBins(alone[i], async.get(PATIENT, keys[i]).get(10, TimeUnit.SECONDS));
        }
        assertEquals(batchesBefore, batchesInitiated(), "a read with no company is not a batch");
    }

    /** The same bins (blobs compared by content). */
    private static void assertSameBins(Record expected, Record actual) {
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

    private static long completed(CommandType type) {
        AtomicLong n = COMPLETED.get(type);
        return n == null ? 0 : n.get();
    }
}
