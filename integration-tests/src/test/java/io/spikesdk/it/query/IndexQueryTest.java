package io.spikesdk.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.PartitionFilter;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;
import com.aerospike.client.task.IndexTask;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secondary indexes and queries through the official client: an index built over records written before it,
 * maintained on update and delete, equality and range on integers, strings and blobs, list / map-key / map-value
 * and CDT-context indexes, resumed pages, and the info answers and error codes of index management.
 */
class IndexQueryTest extends OfficialClientTest {
    private static final String SET = "sidx_it";
    private static final String NS = TestTarget.NAMESPACE;
    private static final int RECORDS = 60;
    private static final List<String> INDEXES = List.of("sidx_it_n", "sidx_it_s", "sidx_it_b", "sidx_it_l",
            "sidx_it_mk", "sidx_it_mv", "sidx_it_ctx");

    @BeforeAll
    static void writeThenIndex() {
        WritePolicy policy = new WritePolicy();
        policy.sendKey = true;
        for (int i = 0; i < RECORDS; i++) {
            Key key = new Key(NS, SET, i);
            client.delete(null, key);
            client.put(policy, key, new Bin("n", i), new Bin("s", "s" + (i % 5)), new Bin("b", new byte[] {(byte) (i % 3)}),
                    new Bin("l", List.of(i, i + 1000)), new Bin("m", Map.of("k" + (i % 4), i * 10L)),
                    new Bin("nested", Map.of("inner", List.of(i % 7))));
        }
        client.put(policy, new Key(NS, SET, "typed"), new Bin("n", "not an integer"), new Bin("s", 5));
        List<IndexTask> tasks = List.of(
                create("sidx_it_n", "n", IndexType.NUMERIC, IndexCollectionType.DEFAULT),
                create("sidx_it_s", "s", IndexType.STRING, IndexCollectionType.DEFAULT),
                create("sidx_it_b", "b", IndexType.BLOB, IndexCollectionType.DEFAULT),
                create("sidx_it_l", "l", IndexType.NUMERIC, IndexCollectionType.LIST),
                create("sidx_it_mk", "m", IndexType.STRING, IndexCollectionType.MAPKEYS),
                create("sidx_it_mv", "m", IndexType.NUMERIC, IndexCollectionType.MAPVALUES),
                client.createIndex(null, NS, SET, "sidx_it_ctx", "nested", IndexType.NUMERIC,
                        IndexCollectionType.LIST, CTX.mapKey(Value.get("inner"))));
        awaitAll(tasks);
    }

    @AfterAll
    static void dropIndexes() {
        awaitAll(INDEXES.stream().map(name -> client.dropIndex(null, NS, SET, name)).toList());
    }

    /** Each task polls about once a second: wait for all of them at once rather than one after another. */
    private static void awaitAll(List<IndexTask> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            tasks.stream().map(t -> CompletableFuture.runAsync(t::waitTillComplete, pool)).toList()
                    .forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }

    private static IndexTask create(String name, String bin, IndexType type, IndexCollectionType collection) {
        return client.createIndex(null, NS, SET, name, bin, type, collection);
    }

    private static Map<Object, Record> query(Filter filter, String... bins) {
        Statement stmt = new Statement();
        stmt.setNamespace(NS);
        stmt.setSetName(SET);
        stmt.setFilter(filter);
        stmt.setBinNames(bins);
        Map<Object, Record> found = new HashMap<>();
        try (RecordSet rs = client.query(null, stmt)) {
            while (rs.next()) {
                Record previous = found.put(rs.getKey().userKey.getObject(), rs.getRecord());
                assertNull(previous, "record " + rs.getKey().userKey + " came twice");
            }
        }
        return found;
    }

    private static Set<Object> keys(java.util.function.IntPredicate which) {
        Set<Object> keys = new TreeSet<>();
        for (long i = 0; i < RECORDS; i++) {
            if (which.test((int) i)) {
                keys.add(i);
            }
        }
        return keys;
    }

    private static Set<Object> sorted(Map<Object, Record> found) {
        return new TreeSet<>(found.keySet());
    }

    @Test
    void numericEqualityAndRangeOnlyMatchIntegerBins() {
        assertEquals(keys(i -> i == 7), sorted(query(Filter.equal("n", 7))));
        assertEquals(keys(i -> i >= 10 && i <= 19), sorted(query(Filter.range("n", 10, 19))));
        assertEquals(keys(i -> true), sorted(query(Filter.range("n", Long.MIN_VALUE, 4_999))));
    }

    @Test
    void stringAndBlobEquality() {
        assertEquals(keys(i -> i % 5 == 3), sorted(query(Filter.equal("s", "s3"))));
        assertEquals(keys(i -> i % 3 == 2), sorted(query(Filter.equal("b", new byte[] {2}))));
        assertEquals(Set.of(), sorted(query(Filter.equal("s", "none"))));
    }

    @Test
    void collectionIndexesMatchListElementsMapKeysAndMapValues() {
        assertEquals(keys(i -> i == 5), sorted(query(Filter.contains("l", IndexCollectionType.LIST, 1005))));
        assertEquals(keys(i -> i >= 3 && i <= 5),
                sorted(query(Filter.range("l", IndexCollectionType.LIST, 1003, 1005))));
        assertEquals(keys(i -> i % 4 == 1), sorted(query(Filter.contains("m", IndexCollectionType.MAPKEYS, "k1"))));
        assertEquals(keys(i -> i == 12), sorted(query(Filter.contains("m", IndexCollectionType.MAPVALUES, 120))));
    }

    @Test
    void aContextIndexSeesTheNestedList() {
        assertEquals(keys(i -> i % 7 == 4), sorted(query(
                Filter.contains("nested", IndexCollectionType.LIST, 4, CTX.mapKey(Value.get("inner"))))));
    }

    @Test
    void selectedBinsComeBackOnly() {
        Map<Object, Record> found = query(Filter.equal("n", 9), "s");
        assertEquals(Map.of("s", "s4"), found.get(9L).bins);
    }

    @Test
    void theIndexFollowsUpdatesAndDeletes() {
        Key key = new Key(NS, SET, "moving");
        WritePolicy sendKey = new WritePolicy();
        sendKey.sendKey = true;
        client.put(sendKey, key, new Bin("n", 5_000));
        assertEquals(Set.of("moving"), query(Filter.equal("n", 5_000)).keySet());

        client.put(sendKey, key, new Bin("n", 5_001));
        assertEquals(Set.of(), query(Filter.equal("n", 5_000)).keySet());
        assertEquals(Set.of("moving"), query(Filter.equal("n", 5_001)).keySet());

        client.delete(null, key);
        assertEquals(Set.of(), query(Filter.equal("n", 5_001)).keySet());
    }

    @Test
    void pagesOfOneResumeUntilEveryMatchCameOnce() {
        Statement stmt = new Statement();
        stmt.setNamespace(NS);
        stmt.setSetName(SET);
        stmt.setFilter(Filter.range("n", 0, 29));
        stmt.setMaxRecords(1);
        PartitionFilter filter = PartitionFilter.all();
        List<Object> seen = new ArrayList<>();
        while (!filter.isDone()) {
            try (RecordSet rs = client.queryPartitions(new QueryPolicy(), stmt, filter)) {
                while (rs.next()) {
                    seen.add(rs.getKey().userKey.getObject());
                }
            }
        }
        assertEquals(30, seen.size(), seen.toString());
        assertEquals(keys(i -> i < 30), new TreeSet<>(seen));
    }

    @Test
    void aRecordMatchingARangeThroughTwoListValuesComesOncePerCallButAgainInAPageResumedBetweenThem() {
        Key key = new Key(NS, SET, "twice");
        WritePolicy sendKey = new WritePolicy();
        sendKey.sendKey = true;
        client.put(sendKey, key, new Bin("l", List.of(2_000_000, 2_000_001)));
        try {
            Filter range = Filter.range("l", IndexCollectionType.LIST, 2_000_000, 2_000_001);
            assertEquals(Set.of("twice"), query(range).keySet());

            Statement stmt = new Statement();
            stmt.setNamespace(NS);
            stmt.setSetName(SET);
            stmt.setFilter(range);
            stmt.setMaxRecords(1);
            PartitionFilter filter = PartitionFilter.all();
            List<Object> seen = new ArrayList<>();
            while (!filter.isDone()) {
                try (RecordSet rs = client.queryPartitions(new QueryPolicy(), stmt, filter)) {
                    while (rs.next()) {
                        seen.add(rs.getKey().userKey.getObject());
                    }
                }
            }
            // the second page resumes after (2000000, digest), before the record's entry for 2000001
            assertEquals(List.of("twice", "twice"), seen);
        } finally {
            client.delete(null, key);
        }
    }

    @Test
    void aQueryWithoutAnIndexFailsWith201() {
        AerospikeException e = assertThrows(AerospikeException.class, () -> query(Filter.equal("unindexed", 1)));
        assertEquals(201, e.getResultCode());
        AerospikeException wrongType = assertThrows(AerospikeException.class, () -> query(Filter.equal("n", "x")));
        assertEquals(201, wrongType.getResultCode());
    }

    @Test
    void infoAnswersOfIndexManagement() {
        Node node = client.getNodes()[0];
        assertEquals("ok", Info.request(node, "sindex-create:ns=" + NS + ";set=" + SET
                + ";indexname=sidx_it_n;indexdata=n,NUMERIC"));
        assertEquals("ERROR:200:'indexname' already exists with different definition", Info.request(node,
                "sindex-create:ns=" + NS + ";set=" + SET + ";indexname=sidx_it_n;indexdata=n,STRING"));
        assertEquals("ERROR:4:both 'indexdata' and 'type' are missing",
                Info.request(node, "sindex-create:ns=" + NS + ";indexname=sidx_it_x"));
        assertEquals("ERROR:20:missing 'namespace'", Info.request(node, "sindex-create:indexname=x;indexdata=a,string"));
        assertEquals("ok", Info.request(node, "sindex-create:ns=nosuch_ns;indexname=sidx_it_x;indexdata=a,string"));
        assertEquals("ok", Info.request(node, "sindex-delete:ns=" + NS + ";indexname=sidx_it_never"));
        assertEquals("false", Info.request(node, "sindex-exists:ns=" + NS + ";indexname=sidx_it_never"));
        assertEquals("true", Info.request(node, "sindex-exists:ns=" + NS + ";indexname=sidx_it_n"));
        assertEquals("ERROR:201:no index", Info.request(node, "sindex/" + NS + "/sidx_it_never"));

        String list = Info.request(node, "sindex-list:ns=" + NS);
        assertTrue(list.contains("ns=" + NS + ":indexname=sidx_it_ctx:set=" + SET + ":bin=nested:type=numeric:"
                + "indextype=list:context=[map_key(<string#5>)]:exp=null:state=RW"), list);
        String stats = Info.request(node, "sindex/" + NS + "/sidx_it_n");
        assertTrue(stats.startsWith("entries=" + RECORDS + ";"), stats);
        assertTrue(stats.contains(";load_pct=100;"), stats);
    }

    @Test
    void aSecondNameForTheSameDefinitionRenamesTheIndex() {
        Node node = client.getNodes()[0];
        String def = ";set=" + SET + ";indexdata=renamed_bin,numeric";
        assertEquals("ok", Info.request(node, "sindex-create:ns=" + NS + ";indexname=sidx_it_r1" + def));
        assertEquals("ok", Info.request(node, "sindex-create:ns=" + NS + ";indexname=sidx_it_r2" + def));
        String list = Info.request(node, "sindex-list:ns=" + NS);
        assertFalse(list.contains("indexname=sidx_it_r1:"), list);
        assertTrue(list.contains("indexname=sidx_it_r2:"), list);
        assertEquals("ok", Info.request(node, "sindex-delete:ns=" + NS + ";indexname=sidx_it_r2"));
    }
}
