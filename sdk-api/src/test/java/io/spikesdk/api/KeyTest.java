package io.spikesdk.api;

import static io.spikesdk.api.TestUtil.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTest {

    @Test
    void wireProtocolDigestVectors() {
        assertEquals("93d943aae37b017ad7e011b0c1d2e2143c2fb37d", hex(Key.of("test", "set", 0L).digest()));
        assertEquals("22116d253745e29fc63fdf760b6e26f7e197e01d", hex(Key.of("test", "set", -1L).digest()));
        assertEquals("7185c2a47fb02c996daed26b4e01b83240aee9d4", hex(Key.of("test", "set", Long.MIN_VALUE).digest()));
        assertEquals("2819b1ff6e346a43b4f5f6b77a88bc3eaac22a83", hex(Key.of("test", "set", "").digest()));
        assertEquals("5979fb32a80da070ff356f7695455592272e36c2", hex(Key.of("test", "set", "aaaaaaaaaa").digest()));
        assertEquals("327e2877b8815c7aeede0d5a8620d4ef8df4a4b4", hex(Key.of("test", "set", new byte[0]).digest()));
        assertEquals("ca2d96dc9a184d15a7fa2927565e844e9254e001", hex(Key.of("test", "set", new byte[] {'s'}).digest()));
    }

    @Test
    void partitionIdIsFirstTwoDigestBytesLittleEndianMaskedTo12Bits() {
        assertEquals(2451, Key.of("test", "set", 0L).partitionId());
        for (int i = 0; i < 1000; i++) {
            Key k = Key.of("test", "s", i);
            byte[] d = k.digest();
            int expected = ((d[0] & 0xFF) | (d[1] & 0xFF) << 8) & 0xFFF;
            assertEquals(expected, k.partitionId());
            assertTrue(k.partitionId() >= 0 && k.partitionId() < 4096);
        }
    }

    @Test
    void integerKeysOfAllWidthsHashAsLongs() {
        byte[] expected = Key.of("ns", "set", 42L).digest();
        assertArrayEquals(expected, Key.of("ns", "set", 42).digest());
        assertArrayEquals(expected, Key.digest("set", 42L));
        assertArrayEquals(expected, Key.digest("set", 42));
        assertArrayEquals(expected, Key.digest("set", (short) 42));
        assertArrayEquals(expected, Key.digest("set", (byte) 42));
        assertArrayEquals(Key.of("ns", "set", -5L).digest(), Key.digest("set", (byte) -5));
    }

    @Test
    void staticDigestMatchesKeyDigest() {
        assertArrayEquals(Key.of("ns", "demo", "foo1").digest(), Key.digest("demo", "foo1"));
        assertArrayEquals(Key.of("ns", "demo", new byte[] {1, 2}).digest(), Key.digest("demo", new byte[] {1, 2}));
    }

    @Test
    void unsupportedKeyTypesAreProgrammingErrors() {
        for (Object bad : new Object[] {1.5d, 2.5f, true, List.of(1), BigInteger.ONE, 'c'}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Key.digest("set", bad));
            assertTrue(e.getMessage().contains(bad.getClass().getName()), e.getMessage());
        }
        NullPointerException e = assertThrows(NullPointerException.class, () -> Key.digest("set", null));
        assertTrue(e.getMessage().contains("userKey"), e.getMessage());
    }

    @Test
    void emptyAndNullSetAreTheSame() {
        Key a = Key.of("ns", null, "k");
        Key b = Key.of("ns", "", "k");
        assertEquals(a, b);
        assertNull(a.setName());
        assertNull(b.setName());
    }

    @Test
    void accessors() {
        Key k = Key.of("test", "demo", "foo1");
        assertEquals("test", k.namespace());
        assertEquals("demo", k.setName());
        assertEquals(new Value.StringValue("foo1"), k.userKey());
        assertEquals(new Value.LongValue(7), Key.of("test", "demo", 7).userKey());
        assertEquals(new Value.BytesValue(new byte[] {9}), Key.of("test", "demo", new byte[] {9}).userKey());
        assertTrue(k.toString().startsWith("test:demo:foo1:"), k.toString());
    }

    @Test
    void digestIsDefensivelyCopied() {
        Key k = Key.of("test", "demo", "foo1");
        byte[] d = k.digest();
        assertNotSame(d, k.digest());
        d[0] ^= 1;
        assertNotEquals(hex(d), hex(k.digest()));
        byte[] blob = {1, 2, 3};
        Key bk = Key.of("test", "demo", blob);
        blob[0] = 99;
        assertArrayEquals(new byte[] {1, 2, 3}, ((Value.BytesValue) bk.userKey()).value());
    }

    @Test
    void copyDigestWritesAtOffset() {
        Key k = Key.of("test", "demo", "foo1");
        byte[] dst = new byte[30];
        k.copyDigest(dst, 5);
        byte[] part = new byte[20];
        System.arraycopy(dst, 5, part, 0, 20);
        assertArrayEquals(k.digest(), part);
    }

    @Test
    void equalityIsNamespaceAndDigest() {
        Key a = Key.of("test", "demo", "foo1");
        Key viaDigest = Key.ofDigest("test", "other", a.digest());
        assertEquals(a, viaDigest);
        assertEquals(a.hashCode(), viaDigest.hashCode());
        assertNotEquals(a, Key.of("other", "demo", "foo1"));
        assertNotEquals(a, Key.of("test", "demo", "foo2"));
        assertNull(viaDigest.userKey());
        assertEquals("other", viaDigest.setName());
    }

    @Test
    void invalidKeysAreRejected() {
        assertThrows(NullPointerException.class, () -> Key.of(null, "s", "k"));
        assertThrows(NullPointerException.class, () -> Key.of("ns", "s", (String) null));
        assertThrows(NullPointerException.class, () -> Key.of("ns", "s", (byte[]) null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Key.ofDigest("ns", "s", new byte[19]));
        assertTrue(e.getMessage().contains("20 bytes"), e.getMessage());
        assertThrows(NullPointerException.class, () -> Key.ofDigest("ns", "s", null));
        assertThrows(NullPointerException.class, () -> Key.ofDigest(null, "s", new byte[20]));
    }

    @Test
    void ofDigestCopiesTheArray() {
        byte[] d = new byte[20];
        Key k = Key.ofDigest("ns", null, d);
        d[0] = 1;
        assertEquals(0, k.digest()[0]);
    }
}
