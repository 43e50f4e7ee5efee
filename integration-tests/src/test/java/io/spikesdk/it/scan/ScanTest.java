package io.spikesdk.it.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.cluster.Partition;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.policy.ScanPolicy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.PartitionFilter;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partition scans through the official client: every record once, bin selection, no bin data, maxRecords pages
 * resumed by the partition filter, partition id / range / after-digest filters, filter expressions, records per
 * second, and the order of the records of one partition (descending digest, as the real server's index walks it).
 */
class ScanTest extends OfficialClientTest {
    private static final String SET = "scan_it";
    private static final String PARTITION_SET = "scan_it_part";
    private static final int RECORDS = 200;
    private static final int SAME_PARTITION = 5;

    private static int sharedPartition;
    private static List<Key> partitionKeys;

    @BeforeAll
    static void writeRecords() {
        WritePolicy policy = new WritePolicy();
        policy.sendKey = true;
        for (int i = 0; i < RECORDS; i++) {
            Key key = new Key(TestTarget.NAMESPACE, SET, i);
            client.delete(null, key);
            if (i % 2 == 0) {
                client.put(policy, key, new Bin("i", i), new Bin("s", "v" + i));
            } else {
                client.put(policy, key, new Bin("i", i));
            }
        }
        sharedPartition = Partition.getPartitionId(new Key(TestTarget.NAMESPACE, PARTITION_SET, "p0").digest);
        partitionKeys = new ArrayList<>();
        for (int n = 0; partitionKeys.size() < SAME_PARTITION; n++) {
            Key key = new Key(TestTarget.NAMESPACE, PARTITION_SET, "p" + n);
            if (Partition.getPartitionId(key.digest) == sharedPartition) {
                client.delete(null, key);
                client.put(policy, key, new Bin("n", n));
                partitionKeys.add(key);
            }
        }
    }

    private static Map<Long, Record> scan(ScanPolicy policy, PartitionFilter filter, String set, String... bins) {
        Map<Long, Record> seen = new HashMap<>();
        client.scanPartitions(policy, filter, TestTarget.NAMESPACE, set, (key, record) -> {
            synchronized (seen) {
                Record previous = seen.put(key.userKey.toLong(), record);
                assertNull(previous, "record " + key.userKey + " came twice");
            }
        }, bins);
        return seen;
    }

    @Test
    void everyRecordComesOnceWithItsBinsAndKey() {
        Map<Long, Record> seen = scan(new ScanPolicy(), PartitionFilter.all(), SET);

        assertEquals(RECORDS, seen.size());
        for (Map.Entry<Long, Record> e : seen.entrySet()) {
            long i = e.getKey();
            assertEquals(i, e.getValue().getLong("i"));
            assertEquals(i % 2 == 0 ? "v" + i : null, e.getValue().getString("s"));
            assertEquals(1, e.getValue().generation);
        }
    }

    @Test
    void selectedBinsOnlyAndRecordsWithoutThemAreSkipped() {
        Map<Long, Record> seen = scan(new ScanPolicy(), PartitionFilter.all(), SET, "s");

        assertEquals(RECORDS / 2, seen.size());
        seen.forEach((i, record) -> assertEquals(Map.of("s", "v" + i), record.bins));
    }

    @Test
    void withoutBinDataRecordsComeWithMetadataOnly() {
        ScanPolicy policy = new ScanPolicy();
        policy.includeBinData = false;

        Map<Long, Record> seen = scan(policy, PartitionFilter.all(), SET);

        assertEquals(RECORDS, seen.size());
        seen.values().forEach(record -> {
            assertNull(record.bins);
            assertEquals(1, record.generation);
        });
    }

    @Test
    void maxRecordsPagesResumeUntilEveryRecordCameOnce() {
        for (int pageSize : new int[] {1, 17}) {
            ScanPolicy policy = new ScanPolicy();
            policy.maxRecords = pageSize;
            PartitionFilter filter = PartitionFilter.all();
            Map<Long, Record> all = new HashMap<>();
            int pages = 0;
            while (!filter.isDone()) {
                Map<Long, Record> page = scan(policy, filter, SET);
                assertTrue(page.size() <= pageSize, "page of " + page.size());
                page.keySet().forEach(k -> assertTrue(!all.containsKey(k), "record " + k + " came twice"));
                all.putAll(page);
                pages++;
            }
            assertEquals(RECORDS, all.size(), "page size " + pageSize);
            assertTrue(pages >= RECORDS / pageSize, pages + " pages of " + pageSize);
        }
    }

    @Test
    void maxRecordsCountsRecordsThatPassTheFilter() {
        ScanPolicy policy = new ScanPolicy();
        policy.maxRecords = 10;
        policy.filterExp = Exp.build(Exp.lt(Exp.intBin("i"), Exp.val(50)));

        Map<Long, Record> seen = scan(policy, PartitionFilter.all(), SET);

        assertEquals(10, seen.size());
        seen.keySet().forEach(i -> assertTrue(i < 50));
    }

    @Test
    void filterExpressionSelectsRecords() {
        ScanPolicy policy = new ScanPolicy();
        policy.filterExp = Exp.build(Exp.and(Exp.lt(Exp.intBin("i"), Exp.val(50)), Exp.binExists("s")));

        Map<Long, Record> seen = scan(policy, PartitionFilter.all(), SET);

        assertEquals(25, seen.size());
        seen.keySet().forEach(i -> assertTrue(i < 50 && i % 2 == 0));
    }

    @Test
    void partitionIdAndRangeFiltersScanOnlyThosePartitions() {
        int pid = partitionOf(7);
        Map<Long, Record> one = scan(new ScanPolicy(), PartitionFilter.id(pid), SET);
        assertEquals(keysWhere(p -> p == pid), one.keySet());

        Map<Long, Record> range = scan(new ScanPolicy(), PartitionFilter.range(1000, 1500), SET);
        assertEquals(keysWhere(p -> p >= 1000 && p < 2500), range.keySet());
    }

    @Test
    void recordsOfOnePartitionComeInDescendingDigestOrder() {
        List<byte[]> order = new ArrayList<>();
        client.scanPartitions(new ScanPolicy(), PartitionFilter.id(sharedPartition), TestTarget.NAMESPACE,
                PARTITION_SET, (key, record) -> order.add(key.digest));

        List<byte[]> expected = partitionKeys.stream().map(k -> k.digest)
                .sorted((a, b) -> Arrays.compareUnsigned(b, a)).collect(Collectors.toList());
        assertEquals(hex(expected), hex(order));
    }

    @Test
    void afterDigestResumesBehindThatRecordInItsPartition() {
        List<byte[]> descending = partitionKeys.stream().map(k -> k.digest)
                .sorted((a, b) -> Arrays.compareUnsigned(b, a)).collect(Collectors.toList());
        List<byte[]> order = new ArrayList<>();

        client.scanPartitions(new ScanPolicy(), PartitionFilter.after(descending.get(1)), TestTarget.NAMESPACE,
                PARTITION_SET, (key, record) -> order.add(key.digest));

        assertEquals(hex(descending.subList(2, descending.size())), hex(order));
    }

    @Test
    void recordsPerSecondIsAccepted() {
        ScanPolicy policy = new ScanPolicy();
        policy.recordsPerSecond = 5_000;

        assertEquals(RECORDS, scan(policy, PartitionFilter.all(), SET).size());
    }

    @Test
    void aSetWithoutRecordsScansEmpty() {
        assertEquals(Map.of(), scan(new ScanPolicy(), PartitionFilter.all(), "scan_it_never_written"));
    }

    private static int partitionOf(long i) {
        return Partition.getPartitionId(new Key(TestTarget.NAMESPACE, SET, i).digest);
    }

    private static Set<Long> keysWhere(java.util.function.IntPredicate partition) {
        Set<Long> keys = new TreeSet<>();
        for (long i = 0; i < RECORDS; i++) {
            if (partition.test(partitionOf(i))) {
                keys.add(i);
            }
        }
        return keys;
    }

    private static List<String> hex(List<byte[]> digests) {
        return digests.stream().map(d -> java.util.HexFormat.of().formatHex(d)).collect(Collectors.toList());
    }
}
