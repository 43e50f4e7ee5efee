package io.spikesdk.it;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every single-record command of the public API, happy paths, against the target server; sync and async. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async", "async-tls", "async-login"})
class SingleRecordTest {
    private static final String SET = "it_single";
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

    private static Key key(TestInfo info, String suffix) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName() + suffix);
        client.delete(key);
        return key;
    }

    @Test
    void everyValueTypeRoundTrips(TestInfo info) {
        Key key = key(info, "");
        TreeMap<String, Object> sorted = new TreeMap<>(Map.of("b", 2L, "a", 1L));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", List.of(1L, "two", 3.5, List.of(true, new byte[] {9})));
        nested.put("inner", Map.of("x", 1L));
        client.put(key, new Bin("i", Value.of(-42L)), Bin.of("d", 3.25), Bin.of("s", "h\u00e9llo \u4e16\u754c"),
                Bin.of("b", new byte[] {1, 2, 3}), Bin.of("t", true), Bin.of("l", List.of(1L, "a", 2.5)),
                Bin.of("m", nested), Bin.of("sm", sorted),
                Bin.of("g", GeoJson.of("{\"type\":\"Point\",\"coordinates\":[-122.0,37.5]}")));

        Record r = client.get(key);
        assertNotNull(r);
        assertEquals(-42L, r.getLong("i"));
        assertEquals(3.25, r.getDouble("d"));
        assertEquals("h\u00e9llo \u4e16\u754c", r.getString("s"));
        assertArrayEquals(new byte[] {1, 2, 3}, r.getBytes("b"));
        assertTrue(r.getBoolean("t"));
        assertEquals(List.of(1L, "a", 2.5), r.getList("l"));
        Map<?, ?> m = r.getMap("m");
        List<?> list = (List<?>) m.get("list");
        assertEquals(List.of(1L, "two", 3.5), list.subList(0, 3));
        assertEquals(true, ((List<?>) list.get(3)).get(0));
        assertArrayEquals(new byte[] {9}, (byte[]) ((List<?>) list.get(3)).get(1));
        assertEquals(Map.of("x", 1L), m.get("inner"));
        assertTrue(r.getMap("sm") instanceof SortedMap, "key-ordered maps come back sorted");
        assertEquals(sorted, r.getMap("sm"));
        assertEquals(GeoJson.of("{\"type\":\"Point\",\"coordinates\":[-122.0,37.5]}"), r.getGeoJson("g"));
        assertEquals(1, r.generation());
        assertEquals(-1, r.ttl(), "default-ttl 0 means never expires");
    }

    @Test
    void putWithAMapOfBinsAndGetSelectedBins(TestInfo info) {
        Key key = key(info, "");
        client.put(key, Map.of("a", 1, "b", "two", "c", 3.0));
        Record r = client.get(key, "a", "c", "nosuchbin");
        assertEquals(Map.of("a", 1L, "c", 3.0), r.bins());
        assertEquals(r.bins(), client.select(key, "a", "c").bins());
    }

    @Test
    void getOfAMissingRecordIsNull(TestInfo info) {
        Key key = key(info, "");
        assertNull(client.get(key));
        assertNull(client.getHeader(key));
        assertFalse(client.exists(key));
    }

    @Test
    void getHeaderReturnsMetadataWithoutBins(TestInfo info) {
        Key key = key(info, "");
        client.put(WritePolicy.builder().expiration(1000).build(), key, Bin.of("a", 1));
        client.put(WritePolicy.builder().expiration(-2).build(), key, Bin.of("a", 2));
        Record header = client.getHeader(key);
        assertTrue(header.bins().isEmpty());
        assertEquals(2, header.generation());
        assertTrue(header.ttl() > 990 && header.ttl() <= 1000, "expiration -2 keeps the ttl: " + header.ttl());
        assertTrue(client.exists(key));
        client.put(key, Bin.of("a", 3));
        assertEquals(-1, client.getHeader(key).ttl(), "expiration 0 applies the namespace default-ttl (0 = never)");
    }

    @Test
    void deleteReportsWhetherTheRecordExisted(TestInfo info) {
        Key key = key(info, "");
        client.put(key, Bin.of("a", 1));
        assertTrue(client.delete(key));
        assertFalse(client.exists(key));
        assertFalse(client.delete(key));
        assertFalse(client.remove(key));
    }

    @Test
    void touchBumpsGenerationAndResetsTtl(TestInfo info) {
        Key key = key(info, "");
        client.put(key, Bin.of("a", 1));
        client.touch(WritePolicy.builder().expiration(500).build(), key);
        Record header = client.getHeader(key);
        assertEquals(2, header.generation());
        assertTrue(header.ttl() > 490 && header.ttl() <= 500, "ttl " + header.ttl());
        assertEquals(1L, client.get(key).getLong("a"));
    }

    @Test
    void appendPrependAndAdd(TestInfo info) {
        Key key = key(info, "");
        client.put(key, Bin.of("s", "mid"), Bin.of("i", 10), Bin.of("d", 1.5));
        client.append(key, Bin.of("s", "-end"));
        client.prepend(key, Bin.of("s", "start-"));
        client.add(key, Bin.of("i", 5));
        client.increment(key, "i", -2L);
        client.increment(key, "d", 1.0);
        client.append(key, Bin.of("new", "created"));
        client.add(key, Bin.of("counter", 7));
        Record r = client.get(key);
        assertEquals("start-mid-end", r.getString("s"));
        assertEquals(13L, r.getLong("i"));
        assertEquals(2.5, r.getDouble("d"));
        assertEquals("created", r.getString("new"));
        assertEquals(7L, r.getLong("counter"));
        assertEquals(8, r.generation(), "every write bumps the generation");
    }

    @Test
    void operateRunsOpsInOrderAndCollectsRepeatedBins(TestInfo info) {
        Key key = key(info, "");
        client.put(key, Bin.of("i", 1), Bin.of("s", "a"));
        Record r = client.operate(key,
                Operations.add("i", 3), Operations.get("i"),
                Operations.add("i", 3), Operations.get("i"),
                Operations.append("s", "b"), Operations.get("s"));
        assertEquals(List.of(4L, 7L), r.getList("i"));
        assertEquals("ab", r.getString("s"));
        assertEquals(2, r.generation());

        Record all = client.operate(key, Operations.put("x", "y"), Operations.get());
        assertEquals(Map.of("i", 7L, "s", "ab", "x", "y"), all.bins());

        Record header = client.operate(key, Operations.touch(), Operations.getHeader());
        assertTrue(header.bins().isEmpty());
        assertEquals(4, header.generation());
    }

    @Test
    void operateWithRespondAllOpsAnswersEveryOp(TestInfo info) {
        Key key = key(info, "");
        client.put(key, Bin.of("i", 5));
        Record r = client.operate(WritePolicy.builder().respondAllOps(true).build(), key,
                Operations.put("w", 1), Operations.get("i"), Operations.get("missing"));
        assertEquals(5L, r.getLong("i"));
        assertTrue(r.bins().containsKey("w"));
        assertNull(r.getValue("w"));
        assertTrue(r.bins().containsKey("missing"));
        assertNull(r.getValue("missing"));
    }

    @Test
    void operateDeleteRemovesTheRecord(TestInfo info) {
        Key key = key(info, "");
        client.put(key, Bin.of("i", 5));
        client.operate(key, Operations.delete());
        assertFalse(client.exists(key));
    }

    @Test
    void removeBinAndNullValuesDeleteBinsAndTheLastBinDeletesTheRecord(TestInfo info) {
        Key key = key(info, "");
        client.put(key, Bin.of("a", 1), Bin.of("b", 2), Bin.of("c", 3));
        client.removeBin(key, "a");
        client.put(key, new Bin("b", Value.NULL));
        assertEquals(Map.of("c", 3L), client.get(key).bins());
        client.removeBin(key, "c");
        assertFalse(client.exists(key), "a record with no bins left is deleted");
    }

    @Test
    void largeValuesJustUnderTheLimitAreStored(TestInfo info) {
        Key key = key(info, "");
        byte[] big = new byte[900 * 1024];
        Arrays.fill(big, (byte) 7);
        client.put(key, Bin.of("big", big));
        assertArrayEquals(big, client.get(key).getBytes("big"));
    }

    @Test
    void integerKeysAndBlobKeysAddressDistinctRecords(TestInfo info) {
        Key longKey = Key.of(TestTarget.NAMESPACE, SET, 12345L);
        Key blobKey = Key.of(TestTarget.NAMESPACE, SET, new byte[] {1, 2, 3});
        client.put(longKey, Bin.of("k", "long"));
        client.put(blobKey, Bin.of("k", "blob"));
        assertEquals("long", client.get(longKey).getString("k"));
        assertEquals("blob", client.get(blobKey).getString("k"));
        Key byDigest = Key.ofDigest(TestTarget.NAMESPACE, SET, longKey.digest());
        assertEquals("long", client.get(byDigest).getString("k"));
        assertTrue(client.delete(longKey));
        assertTrue(client.delete(blobKey));
    }

    @Test
    void infoAnswersSingleAndSeveralCommands() {
        assertTrue(client.info("namespaces").contains(TestTarget.NAMESPACE));
        Map<String, String> answers = client.info("build", "partitions");
        assertEquals("4096", answers.get("partitions"));
        assertFalse(answers.get("build").isEmpty());
    }
}
