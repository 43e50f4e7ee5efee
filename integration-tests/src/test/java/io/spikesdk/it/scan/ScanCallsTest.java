package io.spikesdk.it.scan;

import io.spikesdk.it.AsyncBridge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.HashMap;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Expression;
import io.spikesdk.api.InvalidNamespaceException;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.exp.Exp;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scans through our client: every record exactly once (stream and callback, nodes in parallel or one after the
 * other), bin selection, no bin data, filter expressions, records per second, pages resumed by the partition filter
 * (pages of 1 included), partition id / range / after-digest filters, a stream closed early, an empty set and the
 * error paths.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async"})
class ScanCallsTest {
    private static final String SET = "it_scan_client";
    private static final String SMALL_SET = "it_scan_small";
    private static final int RECORDS = 120;
    private static final int SMALL = 9;
    private static final Map<String, AerospikeClient> CLIENTS = new HashMap<>();
    private static AerospikeClient base;
    private AerospikeClient client;

    @Parameter
    String mode;

    @BeforeEach
    void bridge() {
        client = CLIENTS.computeIfAbsent(mode, m -> AsyncBridge.of(m, base));
    }

    @BeforeAll
    static void writeRecords() {
        base = Aerospike.client(TestTarget.config().build()).connect();
        AerospikeClient client = base;
        WritePolicy sendKey = WritePolicy.builder().sendKey(true).build();
        for (int i = 0; i < RECORDS; i++) {
            Key key = Key.of(TestTarget.NAMESPACE, SET, i);
            client.delete(key);
            if (i % 2 == 0) {
                client.put(sendKey, key, Bin.of("n", i), Bin.of("s", "v" + i));
            } else {
                client.put(sendKey, key, Bin.of("n", i));
            }
        }
        for (int i = 0; i < SMALL; i++) {
            client.put(sendKey, Key.of(TestTarget.NAMESPACE, SMALL_SET, "k" + i), Bin.of("n", i));
        }
    }

    @AfterAll
    static void close() {
        CLIENTS.forEach((m, c) -> assertEquals(m.equals("async"), AsyncBridge.asyncCalls(c) > 0, "ran " + m));
        base.close();
    }

    private static Map<Long, KeyRecord> byUserKey(List<KeyRecord> records) {
        Map<Long, KeyRecord> map = new TreeMap<>();
        for (KeyRecord r : records) {
            KeyRecord previous = map.put((Long) r.key().userKey().toObject(), r);
            assertEquals(null, previous, "a record came twice: " + r.key());
        }
        return map;
    }

    private static List<KeyRecord> read(RecordStream stream) {
        try (stream) {
            List<KeyRecord> list = new ArrayList<>();
            stream.forEachRemaining(list::add);
            return list;
        }
    }

    @Test
    void streamReturnsEveryRecordOnce() {
        Map<Long, KeyRecord> records = byUserKey(read(client.scan(null, TestTarget.NAMESPACE, SET)));
        assertEquals(RECORDS, records.size());
        KeyRecord even = records.get(4L);
        assertEquals(Map.of("n", 4L, "s", "v4"), even.record().bins());
        assertEquals(SET, even.key().setName());
        assertEquals(Key.of(TestTarget.NAMESPACE, SET, 4).partitionId(), even.key().partitionId());
        assertEquals(1, even.record().generation());
    }

    @Test
    void callbackReturnsEveryRecordOnceWithNodesInTurnOrAtOnce() {
        for (int nodes : new int[] {0, 1}) {
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            List<KeyRecord> all = java.util.Collections.synchronizedList(new ArrayList<>());
            client.scan(ScanPolicy.builder().maxConcurrentNodes(nodes).build(), TestTarget.NAMESPACE, SET, r -> {
                all.add(r);
                seen.add(r.record().getLong("n"));
            });
            assertEquals(RECORDS, all.size(), "maxConcurrentNodes " + nodes);
            assertEquals(RECORDS, seen.size());
        }
    }

    @Test
    void selectedBinsAndNoBinData() {
        // a record with none of the selected bins is not returned (CE 8.1.2.0 and the embedded server alike)
        List<KeyRecord> bins = read(client.scan(null, TestTarget.NAMESPACE, SET, "s"));
        assertEquals(RECORDS / 2, bins.size());
        assertTrue(bins.stream().allMatch(r -> r.record().bins().equals(Map.of("s", "v" + r.key().userKey().toObject()))));

        List<KeyRecord> headers = read(client.scan(ScanPolicy.builder().includeBinData(false).build(),
            TestTarget.NAMESPACE, SET));
        assertEquals(RECORDS, headers.size());
        assertTrue(headers.stream().allMatch(r -> r.record().bins().isEmpty() && r.record().generation() == 1));
    }

    @Test
    void filterExpressionAndRecordsPerSecond() {
        Expression multipleOf3 = Exp.build(Exp.eq(Exp.mod(Exp.intBin("n"), Exp.val(3)), Exp.val(0)));
        ScanPolicy policy = ScanPolicy.builder().filterExpression(multipleOf3).recordsPerSecond(5000).build();
        Set<Long> found = read(client.scan(policy, TestTarget.NAMESPACE, SET)).stream()
            .map(r -> r.record().getLong("n")).collect(Collectors.toCollection(TreeSet::new));
        Set<Long> expected = new TreeSet<>();
        for (long i = 0; i < RECORDS; i += 3) {
            expected.add(i);
        }
        assertEquals(expected, found);
    }

    @Test
    void pagesResumeUntilDone() {
        for (int pageSize : new int[] {1, 7}) {
            String set = pageSize == 1 ? SMALL_SET : SET;
            int total = pageSize == 1 ? SMALL : RECORDS;
            PartitionFilter filter = PartitionFilter.all();
            ScanPolicy policy = ScanPolicy.builder().maxRecords(pageSize).build();
            Set<String> seen = new TreeSet<>();
            int pages = 0;
            while (!filter.isDone()) {
                List<KeyRecord> page = read(client.scan(policy, filter, TestTarget.NAMESPACE, set));
                assertTrue(page.size() <= pageSize, "page of " + page.size() + " > " + pageSize);
                for (KeyRecord r : page) {
                    assertTrue(seen.add(String.valueOf(r.key().userKey().toObject())), "again: " + r.key());
                }
                pages++;
                assertTrue(pages <= total + 2, "too many pages");
            }
            assertEquals(total, seen.size(), "page size " + pageSize);
        }
    }

    @Test
    void partitionFilters() {
        Key first = Key.of(TestTarget.NAMESPACE, SET, 0);
        int pid = first.partitionId();
        List<KeyRecord> one = read(client.scan(null, PartitionFilter.id(pid), TestTarget.NAMESPACE, SET));
        assertFalse(one.isEmpty());
        assertTrue(one.stream().allMatch(r -> r.key().partitionId() == pid));

        List<KeyRecord> all = read(client.scan(null, TestTarget.NAMESPACE, SET));
        long inRange = all.stream().filter(r -> r.key().partitionId() < 2048).count();
        List<KeyRecord> range = read(client.scan(null, PartitionFilter.range(0, 2048), TestTarget.NAMESPACE, SET));
        assertEquals(inRange, range.size());
        assertTrue(range.stream().allMatch(r -> r.key().partitionId() < 2048));

        // after a digest: the rest of its partition (the server walks a partition in descending digest order)
        List<KeyRecord> partition = read(client.scan(null, PartitionFilter.id(pid), TestTarget.NAMESPACE, SET));
        KeyRecord head = partition.get(0);
        List<KeyRecord> rest = read(client.scan(null, PartitionFilter.after(head.key()), TestTarget.NAMESPACE, SET));
        assertEquals(partition.size() - 1, rest.size());
    }

    @Test
    void closingAStreamEarlyStopsTheScanAndKeepsTheClientUsable() {
        try (RecordStream stream = client.scan(ScanPolicy.builder().maxConcurrentNodes(1).build(),
            TestTarget.NAMESPACE, SET)) {
            for (int i = 0; i < 3; i++) {
                assertTrue(stream.hasNext());
                stream.next();
            }
        }
        assertEquals(RECORDS, read(client.scan(null, TestTarget.NAMESPACE, SET)).size());
        assertEquals(4L, client.get(Key.of(TestTarget.NAMESPACE, SET, 4)).getLong("n"));
    }

    @Test
    void emptySetAndErrors() {
        PartitionFilter filter = PartitionFilter.all();
        assertEquals(0, read(client.scan(null, filter, TestTarget.NAMESPACE, "it_scan_never_written")).size());
        assertTrue(filter.isDone());
        List<KeyRecord> none = new ArrayList<>();
        client.scan(null, TestTarget.NAMESPACE, "it_scan_never_written", none::add);
        assertTrue(none.isEmpty());

        RecordStream unknown = client.scan(null, "no_such_namespace", SET);
        assertThrows(InvalidNamespaceException.class, unknown::hasNext);
        unknown.close();
        assertThrows(InvalidNamespaceException.class, () -> client.scan(null, "no_such_namespace", SET, r -> { }));
        assertThrows(NullPointerException.class, () -> client.scan(null, null, SET));
        assertThrows(NullPointerException.class, () -> client.scan(null, TestTarget.NAMESPACE, SET, (String) null));
        assertThrows(IllegalArgumentException.class, () -> PartitionFilter.range(4000, 100));
        assertThrows(IllegalArgumentException.class, () -> ScanPolicy.builder().maxRecords(-1));
        RuntimeException stop = new IllegalStateException("stop");
        assertEquals(stop, assertThrows(IllegalStateException.class,
            () -> client.scan(null, TestTarget.NAMESPACE, SET, r -> {
                throw stop;
            })));
    }
}
