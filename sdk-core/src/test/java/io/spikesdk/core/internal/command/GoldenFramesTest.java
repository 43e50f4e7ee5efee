package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.BinNameTooLongException;
import io.spikesdk.api.BinTypeException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Expression;
import io.spikesdk.api.FilteredOutException;
import io.spikesdk.api.GenerationMismatchException;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.RecordExistsAction;
import io.spikesdk.api.RecordExistsException;
import io.spikesdk.api.RecordNotFoundException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import io.spikesdk.testfixtures.GoldenFrames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our requests equal the official client's golden request frames (captured against a real server,
 * transaction_ttl 1000 ms = our default totalTimeout), and our client turns the golden replies into
 * the documented results.
 */
class GoldenFramesTest {
    private static final Key K1 = Key.of("test", "obs_golden", "k1");
    private static final Key K2 = Key.of("test", "obs_golden", "k2");
    private static final Key KMISS = Key.of("test", "obs_golden", "kmiss");
    private static final Key KTTL = Key.of("test", "obs_golden", "kttl");
    private static final Key KMAP = Key.of("test", "obs_golden", "kmap");

    private static Map<String, GoldenFrames.Exchange> golden;
    private static FakeNode node;
    private static AerospikeClient client;
    private static volatile byte[] reply;

    @BeforeAll
    static void start() throws Exception {
        golden = GoldenFrames.byName();
        node = new FakeNode("BB901000000FC02", "test", "bar");
        node.respondWith((frame, i) -> FakeNode.Action.reply(reply));
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port())).build())
                .connect();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        node.close();
    }

    /** Runs {@code call} against the golden reply of {@code name} and checks the request bytes. */
    private static <T> T exchange(String name, Supplier<T> call) throws InterruptedException {
        GoldenFrames.Exchange e = golden.get(name);
        assertTrue(e != null, "golden frame " + name + " missing");
        reply = e.response();
        node.clearRequests();
        T result;
        try {
            result = call.get();
        } finally {
            byte[] sent = node.nextRequest();
            assertEquals(HexFormat.of().formatHex(e.request()), HexFormat.of().formatHex(sent), name);
        }
        return result;
    }

    private static void write(String name, Runnable call) throws InterruptedException {
        exchange(name, () -> {
            call.run();
            return null;
        });
    }

    @Test
    void keyDigestsMatchTheGoldenKeys() {
        assertEquals("2dcca28858d18d43d39d4b65c2bb8a44510001a7", HexFormat.of().formatHex(K1.digest()));
        assertEquals("bb29ebb9ab92479790b69f08e15b5044f5314c29", HexFormat.of().formatHex(K2.digest()));
        assertEquals("23efe3ca905551fb375ee611decb63495b8c2302", HexFormat.of().formatHex(KMISS.digest()));
    }

    @Test
    void puts() throws Exception {
        write("put_int", () -> client.put(K1, Bin.of("i", 42L)));
        write("put_string", () -> client.put(K1, Bin.of("s", "hello")));
        write("put_double", () -> client.put(K1, Bin.of("d", 3.25)));
        write("put_bool", () -> client.put(K1, Bin.of("b", true)));
        write("put_blob", () -> client.put(K1, Bin.of("y", new byte[] {1, 2, 3})));
        write("put_negative_long", () -> client.put(K1, Bin.of("n", -5L), Bin.of("big", 1L << 40)));
        write("put_list", () -> client.put(K1, Bin.of("l", List.of(1L, "a", 2.5))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1L);
        m.put("b", "x");
        write("put_map", () -> client.put(K1, Bin.of("m", m)));
        write("put_sorted_map", () -> client.put(K1, Bin.of("sm", new TreeMap<>(Map.of("x", 1L, "y", 2L)))));
        write("put_nested", () -> client.put(K1, Bin.of("nest", List.of(1L, Map.of("k", List.of(1L, 2L)),
                List.of("x", Map.of("y", 2L))))));
        write("put_geojson", () -> client.put(K1, Bin.of("g", GeoJson.of("{\"type\":\"Point\",\"coordinates\":[1.5,2.5]}"))));
        Map<String, Object> bins = new LinkedHashMap<>();
        bins.put("a", 1L);
        bins.put("b", "two");
        bins.put("c", 3.0);
        write("put_multi_bins", () -> client.put(K2, bins));
        write("put_null_bin", () -> client.removeBin(K2, "c"));
        write("put_ttl", () -> client.put(WritePolicy.builder().expiration(100).build(), KTTL, Bin.of("a", 1L)));
    }

    @Test
    void writeErrors() throws Exception {
        GenerationMismatchException gen = assertThrows(GenerationMismatchException.class, () -> write("put_gen_mismatch",
                () -> client.put(WritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL).generation(99).build(),
                        K1, Bin.of("i", 1L))));
        assertEquals(ResultCode.GENERATION_ERROR, gen.resultCode());
        assertEquals("BB901000000FC02", gen.node());
        assertFalse(gen.inDoubt());
        assertThrows(RecordExistsException.class, () -> write("put_create_only_exists",
                () -> client.put(WritePolicy.builder().recordExistsAction(RecordExistsAction.CREATE_ONLY).build(), K1,
                        Bin.of("i", 1L))));
        assertThrows(BinTypeException.class, () -> write("append_on_int_error", () -> client.append(K1, Bin.of("i", "x"))));
        assertThrows(BinTypeException.class, () -> write("add_on_string_error", () -> client.add(K1, Bin.of("s", 1L))));
    }

    /** The golden put_bin_name_too_long exchange is what the official client sends; this client refuses the name. */
    @Test
    void binNameOver15BytesIsRefusedBeforeAnythingIsSent() {
        int before = node.messageCount();
        BinNameTooLongException e = assertThrows(BinNameTooLongException.class,
                () -> client.put(K2, Bin.of("abcdefghijklmnop", 1L)));
        assertEquals("BIN_NAME_TOO_LONG (21): bin name \"abcdefghijklmnop\" is 16 bytes long (UTF-8); Aerospike bin "
                + "names are at most 15 bytes", e.getMessage());
        assertEquals(0, e.attempts());
        assertEquals(before, node.messageCount());
    }

    @Test
    void reads() throws Exception {
        Record all = exchange("get_all", () -> client.get(K1));
        assertEquals(List.of("i", "s", "d", "b", "y", "n", "big", "l", "m", "sm", "nest", "g"), List.copyOf(all.bins().keySet()));
        assertEquals(42L, all.getLong("i"));
        assertEquals("hello", all.getString("s"));
        assertEquals(3.25, all.getDouble("d"));
        assertTrue(all.getBoolean("b"));
        assertArrayEquals(new byte[] {1, 2, 3}, all.getBytes("y"));
        assertEquals(-5L, all.getLong("n"));
        assertEquals(1L << 40, all.getLong("big"));
        assertEquals(List.of(1L, "a", 2.5), all.getList("l"));
        assertEquals(Map.of("a", 1L, "b", "x"), all.getMap("m"));
        assertInstanceOf(SortedMap.class, all.getMap("sm"));
        assertEquals(List.of("x", "y"), List.copyOf(all.getMap("sm").keySet()));
        assertEquals(List.of(1L, Map.of("k", List.of(1L, 2L)), List.of("x", Map.of("y", 2L))), all.getList("nest"));
        assertEquals(GeoJson.of("{\"type\":\"Point\",\"coordinates\":[1.5,2.5]}"), all.getGeoJson("g"));
        assertEquals(11, all.generation());
        assertEquals(-1, all.ttl());

        Record bins = exchange("get_bins", () -> client.get(K1, "i", "s"));
        assertEquals(Map.of("i", 42L, "s", "hello"), bins.bins());
        Record missingBin = exchange("get_bins_missing_bin", () -> client.get(K1, "i", "nosuchbin"));
        assertEquals(Map.of("i", 42L), missingBin.bins());
        Record header = exchange("get_header", () -> client.getHeader(K1));
        assertEquals(11, header.generation());
        assertTrue(header.bins().isEmpty());
        assertTrue(exchange("exists_true", () -> client.exists(K1)));
        assertFalse(exchange("exists_false", () -> client.exists(KMISS)));
        assertNull(exchange("get_missing", () -> client.get(KMISS)));
        Record ordered = exchange("get_ordered_map_bin", () -> client.get(KMAP));
        assertInstanceOf(SortedMap.class, ordered.getMap("m"));
        assertEquals(List.of("a", "b", "c", "d"), List.copyOf(ordered.getMap("m").keySet()));
    }

    @Test
    void filterExpressions() throws Exception {
        Expression iEqualsZero = Expression.of(filterField(golden.get("get_filter_out").request()));
        assertNull(exchange("get_filter_out", () -> client.get(Policy.builder().filterExpression(iEqualsZero).build(), K1)));
        assertThrows(FilteredOutException.class, () -> exchange("get_filter_out_fail",
                () -> client.get(Policy.builder().filterExpression(iEqualsZero).failOnFilteredOut(true).build(), K1)));
        Expression iAbove10 = Expression.of(filterField(golden.get("get_filter_pass").request()));
        Record pass = exchange("get_filter_pass", () -> client.get(Policy.builder().filterExpression(iAbove10).build(), K1, "i"));
        assertEquals(45L, pass.getLong("i"));
    }

    @Test
    void touchOperateAppendDelete() throws Exception {
        write("touch", () -> client.touch(K1));
        assertThrows(RecordNotFoundException.class, () -> write("touch_missing", () -> client.touch(KMISS)));
        Record r = exchange("operate_add_get", () -> client.operate(K1, Operations.add("i", 3L), Operations.get("i")));
        assertEquals(45L, r.getLong("i"));
        assertEquals(13, r.generation());
        write("append_string", () -> client.append(K1, Bin.of("s", " world")));
        write("prepend_string", () -> client.prepend(K1, Bin.of("s", ">")));
        assertTrue(exchange("delete", () -> client.delete(K2)));
        assertFalse(exchange("delete_missing", () -> client.delete(K2)));
    }

    /** The data of the FILTER_EXP field (43) of a golden request. */
    private static byte[] filterField(byte[] frame) {
        int fields = ((frame[26] & 0xFF) << 8) | (frame[27] & 0xFF);
        int off = 30;
        for (int i = 0; i < fields; i++) {
            int size = ((frame[off] & 0xFF) << 24) | ((frame[off + 1] & 0xFF) << 16) | ((frame[off + 2] & 0xFF) << 8) | (frame[off + 3] & 0xFF);
            if (frame[off + 4] == 43) {
                return Arrays.copyOfRange(frame, off + 5, off + 4 + size);
            }
            off += 4 + size;
        }
        throw new AssertionError("no FILTER_EXP field");
    }
}
