package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.testkit.support.Clients;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every value type and every basic command through the official Aerospike Java client. */
class OfficialClientValuesTest {
    private static EmbeddedAerospike server;
    private static AerospikeClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospike.builder().port(0).namespace("test").namespace("bar").build().start();
        client = Clients.connect(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void everyValueTypeRoundTrips() {
        Key key = new Key("test", "values", "all");
        Map<String, Object> unordered = new LinkedHashMap<>();
        unordered.put("b", "x");
        unordered.put("a", 1L);
        TreeMap<String, Object> sorted = new TreeMap<>(Map.of("y", 2L, "x", 1L));
        List<Object> nested = List.of(1L, Map.of("k", List.of(1L, 2L)), List.of("x", Map.of("y", 2L)));
        String geo = "{\"type\":\"Point\",\"coordinates\":[1.5,2.5]}";
        client.put(null, key, new Bin("i", 42), new Bin("neg", -5L), new Bin("big", 1L << 40),
                new Bin("d", 3.25), new Bin("s", "héllo"), new Bin("y", new byte[] {1, 2, 3}), new Bin("b", true),
                new Bin("l", List.of(1L, "a", 2.5)), new Bin("m", unordered), new Bin("sm", sorted),
                new Bin("nest", nested), Bin.asGeoJSON("g", geo), new Bin("empty", ""));

        Record r = client.get(null, key);
        assertEquals(1, r.generation);
        assertEquals(42L, r.getValue("i"));
        assertEquals(-5L, r.getLong("neg"));
        assertEquals(1L << 40, r.getLong("big"));
        assertEquals(3.25, r.getDouble("d"));
        assertEquals("héllo", r.getString("s"));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) r.getValue("y"));
        assertEquals(Boolean.TRUE, r.getValue("b"));
        assertEquals(List.of(1L, "a", 2.5), r.getList("l"));
        assertEquals(unordered, r.getMap("m"));
        assertInstanceOf(SortedMap.class, r.getMap("sm"));
        assertEquals(sorted, r.getMap("sm"));
        assertEquals(nested, r.getList("nest"));
        assertEquals(geo, String.valueOf(r.getValue("g")));
        assertEquals("", r.getString("empty"));
        assertEquals(List.of("i", "neg", "big", "d", "s", "y", "b", "l", "m", "sm", "nest", "g", "empty"),
                List.copyOf(r.bins.keySet()), "bins come back in insertion order");
    }

    @Test
    void nullBinDeletesTheBinAndTheLastBinDeletesTheRecord() {
        Key key = new Key("test", "values", "nulls");
        client.put(null, key, new Bin("a", 1), new Bin("b", "two"), new Bin("c", 3.0));
        client.put(null, key, Bin.asNull("c"));
        Record r = client.get(null, key);
        assertEquals(Map.of("a", 1L, "b", "two"), r.bins);
        assertEquals(2, r.generation);

        client.put(null, key, Bin.asNull("a"), Bin.asNull("b"));
        assertNull(client.get(null, key));
        assertFalse(client.exists(null, key));
    }

    @Test
    void readSelectedBinsHeaderAndExists() {
        Key key = new Key("test", "values", "reads");
        client.put(null, key, new Bin("i", 1), new Bin("s", "x"), new Bin("d", 2.0));
        assertEquals(Map.of("i", 1L, "s", "x"), client.get(null, key, "i", "s", "nosuchbin").bins);
        Record header = client.getHeader(null, key);
        assertEquals(1, header.generation);
        assertNull(header.bins);
        assertTrue(client.exists(null, key));
        assertFalse(client.exists(null, new Key("test", "values", "missing")));
        assertNull(client.get(null, new Key("test", "values", "missing")));
    }

    @Test
    void deleteAndTouch() {
        Key key = new Key("test", "values", "del");
        client.put(null, key, new Bin("a", 1));
        client.touch(null, key);
        assertEquals(2, client.getHeader(null, key).generation);
        assertTrue(client.delete(null, key));
        assertFalse(client.delete(null, key));
        assertNull(client.get(null, key));
    }

    @Test
    void operateWithBasicOps() {
        Key key = new Key("test", "values", "operate");
        client.put(null, key, new Bin("i", 10), new Bin("f", 1.5), new Bin("s", "mid"), new Bin("y", new byte[] {2}));
        Record r = client.operate(null, key,
                Operation.add(new Bin("i", 5)),
                Operation.add(new Bin("f", 1.0)),
                Operation.append(new Bin("s", ">")),
                Operation.prepend(new Bin("s", "<")),
                Operation.append(new Bin("y", new byte[] {3})),
                Operation.prepend(new Bin("y", new byte[] {1})),
                Operation.put(new Bin("n", "new")),
                Operation.get("i"), Operation.get("f"), Operation.get("s"), Operation.get("y"), Operation.get("n"));
        assertEquals(15L, r.getLong("i"));
        assertEquals(2.5, r.getDouble("f"));
        assertEquals("<mid>", r.getString("s"));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) r.getValue("y"));
        assertEquals("new", r.getString("n"));
        assertEquals(2, r.generation);

        Record missingBins = client.operate(null, key, Operation.add(new Bin("created", 7)),
                Operation.append(new Bin("s2", "x")), Operation.get("created"), Operation.get("s2"));
        assertEquals(7L, missingBins.getLong("created"));
        assertEquals("x", missingBins.getString("s2"));
    }

    @Test
    void severalOpsOnOneBinReturnEveryResultInOrder() {
        Key key = new Key("test", "values", "samebin");
        client.put(null, key, new Bin("c", 5));
        Record r = client.operate(null, key, Operation.add(new Bin("c", 2)), Operation.get("c"),
                Operation.add(new Bin("c", 1)), Operation.get("c"));
        assertEquals(List.of(7L, 8L), r.getList("c"));
    }

    @Test
    void operateGetAllTouchAndDeleteRecord() {
        Key key = new Key("test", "values", "opall");
        client.put(null, key, new Bin("a", 1));
        Record all = client.operate(null, key, Operation.put(new Bin("b", 2)), Operation.get());
        assertEquals(Map.of("a", 1L, "b", 2L), all.bins);

        Record touched = client.operate(null, key, Operation.touch(), Operation.getHeader());
        assertEquals(3, touched.generation);

        Record deleted = client.operate(null, key, Operation.delete(), Operation.put(new Bin("z", 9)));
        assertEquals(4, deleted.generation);
        assertEquals(Map.of("z", 9L), client.get(null, key).bins);
        client.operate(null, key, Operation.delete());
        assertNull(client.get(null, key));
    }

    @Test
    void respondAllOpsGivesOneEntryPerOp() {
        Key key = new Key("test", "values", "respondall");
        client.put(null, key, new Bin("a", 5));
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.respondAllOps = true;
        Record r = client.operate(policy, key, Operation.put(new Bin("a", 6)), Operation.get("a"),
                Operation.get("nosuch"), Operation.touch());
        assertEquals(java.util.Arrays.asList(null, 6L), r.getList("a"));
        assertTrue(r.bins.containsKey("nosuch"));
        assertNull(r.getValue("nosuch"));
    }

    @Test
    void namespacesAreIndependent() {
        Key inTest = new Key("test", "ns", "same");
        Key inBar = new Key("bar", "ns", "same");
        client.put(null, inTest, new Bin("v", "test"));
        client.put(null, inBar, new Bin("v", "bar"));
        assertEquals("test", client.get(null, inTest).getString("v"));
        assertEquals("bar", client.get(null, inBar).getString("v"));
    }

    @Test
    void integerKeysAndBlobKeysWork() {
        Key intKey = new Key("test", "keys", 77);
        Key blobKey = new Key("test", "keys", new byte[] {9, 8});
        client.put(null, intKey, new Bin("v", Value.get(1)));
        client.put(null, blobKey, new Bin("v", Value.get(2)));
        assertEquals(1L, client.get(null, intKey).getLong("v"));
        assertEquals(2L, client.get(null, blobKey).getLong("v"));
    }
}
