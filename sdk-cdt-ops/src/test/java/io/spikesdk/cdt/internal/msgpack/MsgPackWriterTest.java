package io.spikesdk.cdt.internal.msgpack;

import com.aerospike.client.util.Packer;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.Value;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MsgPackWriterTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void integersTakeTheSmallestFormAtEveryBoundary() {
        long[] values = {0, 1, 127, 128, 255, 256, 65535, 65536, 4294967295L, 4294967296L, Long.MAX_VALUE,
            -1, -32, -33, -128, -129, -32768, -32769, Integer.MIN_VALUE, Integer.MIN_VALUE - 1L, Long.MIN_VALUE};
        for (long v : values) {
            assertSameAsOfficial(List.of(v));
        }
    }

    @Test
    void stringsAndBlobsCarryTheirParticleTypePrefix() {
        assertEquals("91a40361 6263".replace(" ", ""), HEX.formatHex(MsgPackWriter.pack(List.of("abc"))));
        assertEquals("91a404010203", HEX.formatHex(MsgPackWriter.pack(List.of(new byte[] {1, 2, 3}))));
        for (int len : new int[] {0, 30, 31, 32, 254, 255, 256, 65534, 65535, 70000}) {
            assertSameAsOfficial(List.of("x".repeat(len), new byte[len]));
        }
        assertSameAsOfficial(List.of("h\u00e9llo \u4e16\u754c \ud83d\ude00"));
    }

    @Test
    void sortedMapsAreWrittenKeyOrderedLikeTheOfficialClient() {
        TreeMap<String, Object> sorted = new TreeMap<>(Map.of("x", 1L, "y", 2L));
        byte[] official = Packer.pack(List.of(sorted));
        assertEquals(HEX.formatHex(official), HEX.formatHex(MsgPackWriter.pack(List.of(sorted))));
        assertTrue(HEX.formatHex(official).contains("c70001c0"));
    }

    @Test
    void geoJsonAndApiValuesPackLikeNatives() {
        byte[] geo = MsgPackWriter.pack(List.of(GeoJson.of("{\"type\":\"Point\",\"coordinates\":[1,2]}")));
        assertEquals(0xd9, geo[1] & 0xff);
        assertEquals(0x17, geo[3]);
        assertArrayEquals(MsgPackWriter.pack(List.of(5L, "s")), MsgPackWriter.pack(List.of(Value.of(5L), Value.of("s"))));
        assertArrayEquals(new byte[] {(byte) 0x91, (byte) 0xc0}, MsgPackWriter.pack(List.of(Value.NULL)));
    }

    @Test
    void randomNestedStructuresAreByteIdenticalToTheOfficialPacker() {
        Random random = new Random(20261126L);
        for (int i = 0; i < 2000; i++) {
            List<Object> list = randomList(random, 0);
            assertSameAsOfficial(list);
        }
    }

    @Test
    void roundTripThroughTheReader() {
        Random random = new Random(7L);
        for (int i = 0; i < 2000; i++) {
            List<Object> list = randomList(random, 0);
            Object back = MsgPackReader.unpack(MsgPackWriter.pack(list));
            assertDeepEquals(list, back);
        }
    }

    @Test
    void unsupportedValuesFailWithAClearSerializationError() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> MsgPackWriter.pack(List.of(1L, List.of(new StringBuilder("x")))));
        assertTrue(e.getMessage().contains("java.lang.StringBuilder"), e.getMessage());
    }

    @Test
    void fallbackEncodesUnsupportedValuesAsPrefixedBlobs() {
        MsgPackWriter writer = new MsgPackWriter(4);
        writer.packObject(List.of(new StringBuilder("ab")),
                v -> new Value.BytesValue(v.toString().getBytes(), 7));
        assertEquals("91a3076162", HEX.formatHex(writer.toByteArray()));
    }

    @Test
    void aFallbackThatPacksAgainDoesNotCorruptTheOuterValue() {
        MsgPackWriter.Fallback nested = v -> new Value.BytesValue(MsgPackWriter.pack(List.of(v.toString())), 4);
        byte[] packed = MsgPackWriter.pack(List.of(1L, new StringBuilder("in"), "after"), nested);
        List<?> back = (List<?>) MsgPackReader.unpack(packed);
        assertEquals(3, back.size());
        assertEquals(1L, back.get(0));
        assertArrayEquals(MsgPackWriter.pack(List.of("in")), (byte[]) back.get(1));
        assertEquals("after", back.get(2));
    }

    @Test
    void packReturnsAnExactlySizedArrayEvenAfterALargeValue() {
        byte[] large = MsgPackWriter.pack(List.of("x".repeat(200_000)));
        assertEquals(200_000 + 1 + 5 + 1, large.length);
        assertEquals("91a40361 6263".replace(" ", ""), HEX.formatHex(MsgPackWriter.pack(List.of("abc"))));
    }

    @Test
    void readerRejectsTruncatedInput() {
        byte[] packed = MsgPackWriter.pack(List.of("hello", 1L));
        for (int cut = 0; cut < packed.length; cut++) {
            byte[] truncated = Arrays.copyOf(packed, cut);
            assertThrows(io.spikesdk.api.AerospikeException.class, () -> MsgPackReader.unpack(truncated));
        }
    }

    @Test
    void readerReturnsKeyOrderedMapsAsTreeMapsAndSkipsOrderedListMarker() {
        Object map = MsgPackReader.unpack(HEX.parseHex("83c70001c0a2036101a2036202"));
        assertTrue(map instanceof TreeMap, String.valueOf(map));
        assertEquals(Map.of("a", 1L, "b", 2L), map);
        assertEquals(List.of(1L, 2L), MsgPackReader.unpack(HEX.parseHex("93c700010102")));
    }

    private static void assertSameAsOfficial(List<?> list) {
        assertEquals(HEX.formatHex(Packer.pack(list)), HEX.formatHex(MsgPackWriter.pack(list)));
    }

    private static List<Object> randomList(Random random, int depth) {
        int n = random.nextInt(depth == 0 ? 20 : 6);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(randomValue(random, depth));
        }
        return list;
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth < 3 ? 10 : 7);
        switch (kind) {
            case 0: return random.nextLong() >> random.nextInt(64);
            case 1: return random.nextDouble() * 1e6 - 5e5;
            case 2: return randomString(random);
            case 3: { byte[] b = new byte[random.nextInt(40)]; random.nextBytes(b); return b; }
            case 4: return random.nextBoolean();
            case 5: return (long) random.nextInt(300) - 150;
            case 6: return null;
            case 7: return randomList(random, depth + 1);
            case 8: {
                Map<Object, Object> map = new LinkedHashMap<>();
                int n = random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    map.put(randomString(random), randomValue(random, depth + 1));
                }
                return map;
            }
            default: {
                TreeMap<Long, Object> map = new TreeMap<>();
                int n = random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    map.put((long) random.nextInt(1000), randomValue(random, depth + 1));
                }
                return map;
            }
        }
    }

    private static String randomString(Random random) {
        int n = random.nextInt(40);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) (random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x3000) : 'a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static void assertDeepEquals(Object expected, Object actual) {
        if (expected instanceof byte[] e) {
            assertArrayEquals(e, (byte[]) actual);
        } else if (expected instanceof List<?> e) {
            List<?> a = (List<?>) actual;
            assertEquals(e.size(), a.size());
            for (int i = 0; i < e.size(); i++) {
                assertDeepEquals(e.get(i), a.get(i));
            }
        } else if (expected instanceof Map<?, ?> e) {
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(e.keySet(), a.keySet());
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                assertDeepEquals(entry.getValue(), a.get(entry.getKey()));
            }
        } else if (expected instanceof Double d) {
            assertEquals(d, (Double) actual);
        } else {
            assertEquals(expected, actual);
        }
    }
}
