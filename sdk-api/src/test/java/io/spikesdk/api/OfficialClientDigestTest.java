package io.spikesdk.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.spikesdk.api.internal.Ripemd160Test;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Compares {@link Key} digests with the official Aerospike Java client (test scope only). */
class OfficialClientDigestTest {

    private static final int CASES = 5000;

    private static String randomSet(Random rnd) {
        int kind = rnd.nextInt(10);
        if (kind == 0) {
            return "";
        }
        if (kind == 1) {
            return randomText(rnd, 1 + rnd.nextInt(63));
        }
        StringBuilder sb = new StringBuilder();
        int len = 1 + rnd.nextInt(20);
        for (int i = 0; i < len; i++) {
            sb.append((char) ('a' + rnd.nextInt(26)));
        }
        return sb.toString();
    }

    /** Text without lone surrogates (both clients then see the same UTF-8 bytes). */
    private static String randomText(Random rnd, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            switch (rnd.nextInt(5)) {
                case 0, 1 -> sb.append((char) (0x20 + rnd.nextInt(0x5F)));
                case 2 -> sb.append((char) (0x80 + rnd.nextInt(0x780)));
                case 3 -> sb.append((char) (0x800 + rnd.nextInt(0xD000)));
                default -> sb.appendCodePoint(0x10000 + rnd.nextInt(0xFFFFF));
            }
        }
        return sb.toString();
    }

    @Test
    void stringKeys() {
        Random rnd = new Random(20240601L);
        for (int i = 0; i < CASES; i++) {
            String set = randomSet(rnd);
            String key = rnd.nextInt(4) == 0 ? Ripemd160Test.randomStringWithoutLoneSurrogates(rnd, rnd.nextInt(300))
                                             : randomText(rnd, rnd.nextInt(40));
            byte[] official = new com.aerospike.client.Key("test", set, key).digest;
            assertArrayEquals(official, Key.of("test", set, key).digest(), "set=" + set + " key=" + key);
            assertArrayEquals(official, Key.digest(set, key));
        }
    }

    @Test
    void longKeys() {
        Random rnd = new Random(99L);
        long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, 255, 256};
        for (int i = 0; i < CASES; i++) {
            String set = randomSet(rnd);
            long key = i < edges.length ? edges[i] : (rnd.nextBoolean() ? rnd.nextLong() : rnd.nextInt(1000) - 500);
            byte[] official = new com.aerospike.client.Key("test", set, key).digest;
            assertArrayEquals(official, Key.of("test", set, key).digest(), "set=" + set + " key=" + key);
            if (key == (int) key) {
                assertArrayEquals(official, Key.of("test", set, (int) key).digest());
                assertArrayEquals(new com.aerospike.client.Key("test", set, (int) key).digest,
                    Key.of("test", set, (int) key).digest());
            }
        }
    }

    @Test
    void blobKeys() {
        Random rnd = new Random(7L);
        for (int i = 0; i < CASES; i++) {
            String set = randomSet(rnd);
            byte[] key = new byte[rnd.nextInt(i % 10 == 0 ? 600 : 40)];
            rnd.nextBytes(key);
            byte[] official = new com.aerospike.client.Key("test", set, key).digest;
            assertArrayEquals(official, Key.of("test", set, key).digest(), "set=" + set + " key length=" + key.length);
        }
    }

    @Test
    void nullSet() {
        assertArrayEquals(new com.aerospike.client.Key("test", null, "k").digest, Key.of("test", null, "k").digest());
        assertArrayEquals(new com.aerospike.client.Key("test", null, 5L).digest, Key.of("test", null, 5L).digest());
    }
}
