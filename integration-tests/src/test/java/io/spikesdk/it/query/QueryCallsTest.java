package io.spikesdk.it.query;

import io.spikesdk.it.AsyncBridge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.HashMap;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Filter;
import io.spikesdk.api.IndexCollectionType;
import io.spikesdk.api.IndexContext;
import io.spikesdk.api.IndexInfo;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.InvalidNamespaceException;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Statement;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.cdt.CTX;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secondary indexes and queries through our client: create (and wait), list, drop; equality on integer, string
 * and blob indexes, ranges, list and map-key collection indexes, bin selection, pages of a query resumed by the
 * partition filter, a query without a filter (every record of the set); and the error paths: a duplicate index
 * name with another definition, a query with no index, an index on a namespace the cluster does not have; an
 * index on the list inside a map (a CDT context), reached only by filters with the same context.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async"})
class QueryCallsTest {
    private static final String SET = "it_query_client";
    private static final int RECORDS = 60;
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
    static void setUp() {
        base = Aerospike.client(TestTarget.config().build()).connect();
        AerospikeClient client = base;
        WritePolicy sendKey = WritePolicy.builder().sendKey(true).build();
        for (int i = 0; i < RECORDS; i++) {
            client.put(sendKey, Key.of(TestTarget.NAMESPACE, SET, i), Bin.of("n", i), Bin.of("s", "s" + (i % 5)),
                Bin.of("b", new byte[] {(byte) (i % 3)}), Bin.of("l", List.of(i, i + 1000)),
                Bin.of("m", Map.of("k" + (i % 4), i)), Bin.of("nest", Map.of("a", List.of(i, 1000 + i), "b", i)));
        }
        create("it_q_n", "n", IndexType.NUMERIC, IndexCollectionType.DEFAULT);
        create("it_q_s", "s", IndexType.STRING, IndexCollectionType.DEFAULT);
        create("it_q_b", "b", IndexType.BLOB, IndexCollectionType.DEFAULT);
        create("it_q_l", "l", IndexType.NUMERIC, IndexCollectionType.LIST);
        create("it_q_mk", "m", IndexType.STRING, IndexCollectionType.MAPKEYS);
        client.dropIndex(TestTarget.NAMESPACE, SET, "it_q_ctx");
        client.createIndex(TestTarget.NAMESPACE, SET, "it_q_ctx", "nest", IndexType.NUMERIC, IndexCollectionType.LIST,
            AT_A).waitTillComplete();
    }

    private static final IndexContext AT_A = CTX.indexContext(CTX.mapKey("a"));

    private static void create(String name, String bin, IndexType type, IndexCollectionType collection) {
        base.dropIndex(TestTarget.NAMESPACE, SET, name);
        base.createIndex(TestTarget.NAMESPACE, SET, name, bin, type, collection).waitTillComplete();
    }

    @AfterAll
    static void tearDown() {
        for (String name : List.of("it_q_n", "it_q_s", "it_q_b", "it_q_l", "it_q_mk", "it_q_ctx")) {
            base.dropIndex(TestTarget.NAMESPACE, SET, name);
        }
        CLIENTS.forEach((m, c) -> assertEquals(m.equals("async"), AsyncBridge.asyncCalls(c) > 0, "ran " + m));
        base.close();
    }

    private static Set<Long> ns(RecordStream stream) {
        try (stream) {
            return stream.stream().map(r -> r.record().getLong("n")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Statement.Builder statement() {
        return Statement.builder(TestTarget.NAMESPACE).set(SET);
    }

    private static Set<Long> expected(java.util.function.LongPredicate p) {
        Set<Long> out = new TreeSet<>();
        for (long i = 0; i < RECORDS; i++) {
            if (p.test(i)) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void equalityAndRanges() {
        assertEquals(Set.of(7L), ns(client.query(null, statement().filter(Filter.equal("n", 7)).build())));
        assertEquals(expected(i -> i >= 10 && i <= 19),
            ns(client.query(null, statement().filter(Filter.range("n", 10, 19)).build())));
        assertEquals(expected(i -> i % 5 == 2), ns(client.query(null, statement().filter(Filter.equal("s", "s2")).build())));
        assertEquals(expected(i -> i % 3 == 1),
            ns(client.query(null, statement().filter(Filter.equal("b", new byte[] {1})).build())));
        assertEquals(Set.of(), ns(client.query(null, statement().filter(Filter.equal("n", 1_000_000)).build())));
    }

    @Test
    void collectionIndexes() {
        assertEquals(Set.of(5L), ns(client.query(null,
            statement().filter(Filter.contains("l", IndexCollectionType.LIST, 1005)).build())));
        assertEquals(expected(i -> i <= 2), ns(client.query(null,
            statement().filter(Filter.range("l", IndexCollectionType.LIST, 0, 2)).build())));
        assertEquals(expected(i -> i % 4 == 3), ns(client.query(null,
            statement().filter(Filter.contains("m", IndexCollectionType.MAPKEYS, "k3")).build())));
    }

    @Test
    void indexInsideTheBin() {
        assertEquals(Set.of(7L), ns(client.query(null,
            statement().filter(Filter.contains("nest", IndexCollectionType.LIST, 1007).withContext(AT_A)).build())));
        assertEquals(expected(i -> i >= 3 && i <= 5), ns(client.query(null,
            statement().filter(Filter.range("nest", IndexCollectionType.LIST, 3, 5).withContext(AT_A)).build())));

        // the same filter without the context, or at another path, has no index to use
        for (Filter other : List.of(Filter.contains("nest", IndexCollectionType.LIST, 1007),
            Filter.contains("nest", IndexCollectionType.LIST, 1007).withContext(CTX.indexContext(CTX.mapKey("b"))))) {
            AerospikeException e = assertThrows(AerospikeException.class,
                () -> ns(client.query(null, statement().filter(other).build())));
            assertEquals(ResultCode.INDEX_NOT_FOUND, e.resultCode(), other.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> CTX.indexContext());
        assertThrows(NullPointerException.class, () -> client.createIndex(TestTarget.NAMESPACE, SET, "it_q_y", "nest",
            IndexType.NUMERIC, IndexCollectionType.LIST, null));
    }

    @Test
    void binsCallbackPagesAndNoFilter() {
        List<KeyRecord> records = new ArrayList<>();
        client.query(null, statement().binNames("s").filter(Filter.range("n", 0, 9)).build(), records::add);
        assertEquals(10, records.size());
        assertTrue(records.stream().allMatch(r -> r.record().bins().keySet().equals(Set.of("s"))));

        PartitionFilter pages = PartitionFilter.all();
        QueryPolicy page = QueryPolicy.builder().maxRecords(4).build();
        Set<Long> seen = new TreeSet<>();
        int calls = 0;
        while (!pages.isDone() && calls++ < 40) {
            for (long n : ns(client.query(page, pages, statement().filter(Filter.range("n", 20, 39)).build()))) {
                assertTrue(seen.add(n), "again: " + n);
            }
        }
        assertEquals(expected(i -> i >= 20 && i <= 39), seen);

        assertEquals(expected(i -> true), ns(client.query(null, statement().build())));
    }

    @Test
    void listsAndErrors() {
        List<IndexInfo> listed = client.indexes(TestTarget.NAMESPACE);
        IndexInfo list = listed.stream().filter(i -> i.name().equals("it_q_l")).findFirst().orElseThrow();
        assertEquals(new IndexInfo(TestTarget.NAMESPACE, SET, "it_q_l", "l", IndexType.NUMERIC,
            IndexCollectionType.LIST, "RW"), list);

        AerospikeException duplicate = assertThrows(AerospikeException.class,
            () -> client.createIndex(TestTarget.NAMESPACE, SET, "it_q_n", "s", IndexType.STRING));
        assertEquals(ResultCode.INDEX_ALREADY_EXISTS, duplicate.resultCode());

        AerospikeException noIndex = assertThrows(AerospikeException.class,
            () -> ns(client.query(null, statement().filter(Filter.equal("unindexed", 1)).build())));
        assertEquals(ResultCode.INDEX_NOT_FOUND, noIndex.resultCode());

        // the real server answers ok to such an index and never builds it: our client refuses it before sending
        assertThrows(InvalidNamespaceException.class,
            () -> client.createIndex("no_such_namespace", SET, "it_q_x", "n", IndexType.NUMERIC));
        assertThrows(NullPointerException.class, () -> client.query(null, (Statement) null));
        assertThrows(IllegalArgumentException.class, () -> Filter.range("n", 5, 4));
    }
}
