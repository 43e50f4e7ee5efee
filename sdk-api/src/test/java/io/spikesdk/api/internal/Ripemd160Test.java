package io.spikesdk.api.internal;

import static io.spikesdk.api.TestUtil.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

public class Ripemd160Test {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(value = {
        "''|9c1185a5c5e9fc54612808977ee8f548b2258d31",
        "a|0bdc9d2d256b3ee9daae347be6f4dc835a467ffe",
        "abc|8eb208f7e05d987a9b044a8e98c6b087f15a0bfc",
        "message digest|5d0689ef49d2fae572b881b123a85ffa21595f36",
        "abcdefghijklmnopqrstuvwxyz|f71c27109c692c1b56bbdceb5b9d2865b3708dbc",
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq|12a053384a9c0c88e405a06c27dcf49ada62eb2b",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789|b0e20b6e3116640286ed3a87a5713079b21f5189",
        "12345678901234567890123456789012345678901234567890123456789012345678901234567890|9b752e45573d4b39f4dbd3323cab82bf63326bfb"
    }, delimiter = '|', emptyValue = "")
    void publishedVectors(String input, String expected) {
        assertEquals(expected, hex(Ripemd160.hash(ascii(input))));
    }

    @Test
    void oneMillionA() {
        byte[] chunk = new byte[1000];
        Arrays.fill(chunk, (byte) 'a');
        Ripemd160 md = new Ripemd160();
        for (int i = 0; i < 1000; i++) {
            md.update(chunk);
        }
        assertEquals("52783243c1697bdbe16d37f97f68f08325dc1528", hex(md.digest()));
    }

    @Test
    void oneMillionAByteByByte() {
        Ripemd160 md = new Ripemd160();
        for (int i = 0; i < 1_000_000; i++) {
            md.update((byte) 'a');
        }
        assertEquals("52783243c1697bdbe16d37f97f68f08325dc1528", hex(md.digest()));
    }

    @Test
    void splitUpdatesMatchOneShotForEveryLengthAroundBlockBoundaries() {
        Random rnd = new Random(42);
        Ripemd160 md = new Ripemd160();
        for (int len = 0; len <= 200; len++) {
            byte[] data = new byte[len];
            rnd.nextBytes(data);
            byte[] expected = Ripemd160.hash(data);
            for (int split = 0; split <= len; split += Math.max(1, len / 7)) {
                md.update(data, 0, split);
                md.update(data, split, len - split);
                assertArrayEquals(expected, md.digest(), "len " + len + " split " + split);
            }
        }
    }

    @Test
    void paddingBoundaries() {
        // 55, 56, 63, 64 bytes: the length block fits or spills into a second block
        assertEquals("b0e20b6e3116640286ed3a87a5713079b21f5189",
            hex(Ripemd160.hash(ascii("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))));
        Ripemd160 md = new Ripemd160();
        md.update(ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        assertEquals("12a053384a9c0c88e405a06c27dcf49ada62eb2b", hex(md.digest()));
    }

    @Test
    void digestResetsSoTheInstanceIsReusable() {
        Ripemd160 md = new Ripemd160();
        md.update(ascii("abc"));
        md.digest();
        md.update(ascii("abc"));
        assertEquals("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc", hex(md.digest()));
        md.update(ascii("garbage"));
        md.reset();
        assertEquals("9c1185a5c5e9fc54612808977ee8f548b2258d31", hex(md.digest()));
    }

    @Test
    void digestIntoArrayAtOffset() {
        Ripemd160 md = new Ripemd160();
        md.update(ascii("abc"));
        byte[] out = new byte[25];
        md.digest(out, 3);
        assertEquals("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc", hex(Arrays.copyOfRange(out, 3, 23)));
        assertThrows(IndexOutOfBoundsException.class, () -> md.digest(new byte[19], 0));
        assertThrows(IndexOutOfBoundsException.class, () -> md.update(new byte[4], 2, 3));
    }

    @Test
    void updateUtf8MatchesStringGetBytes() {
        Random rnd = new Random(7);
        Ripemd160 md = new Ripemd160();
        for (int i = 0; i < 2000; i++) {
            String s = randomString(rnd, rnd.nextInt(40));
            md.updateUtf8(s);
            byte[] viaEncoder = md.digest();
            assertArrayEquals(Ripemd160.hash(s.getBytes(StandardCharsets.UTF_8)), viaEncoder, "string #" + i);
        }
    }

    @Test
    void unpairedSurrogatesEncodeAsQuestionMarkLikeTheJdk() {
        for (String s : new String[] {"\uD800", "a\uDC00b", "\uDBFF\uDBFF", "\uDC00\uD800", "x\uD83D"}) {
            Ripemd160 md = new Ripemd160();
            md.updateUtf8(s);
            assertArrayEquals(Ripemd160.hash(s.getBytes(StandardCharsets.UTF_8)), md.digest(), s);
        }
    }

    @Test
    void updateLongBigEndian() {
        Ripemd160 md = new Ripemd160();
        md.updateLongBigEndian(0x0102030405060708L);
        assertArrayEquals(Ripemd160.hash(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), md.digest());
    }

    /** Random text like {@link #randomString} but with every surrogate paired. */
    public static String randomStringWithoutLoneSurrogates(Random rnd, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            String s = randomString(rnd, 1);
            if (!(s.length() == 1 && Character.isSurrogate(s.charAt(0)))) {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /** Random text over ASCII, Latin-1, BMP, supplementary and (rarely) lone surrogates. */
    public static String randomString(Random rnd, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            switch (rnd.nextInt(6)) {
                case 0, 1 -> sb.append((char) (0x20 + rnd.nextInt(0x5F)));
                case 2 -> sb.append((char) (0x80 + rnd.nextInt(0x780)));
                case 3 -> sb.append((char) (0x800 + rnd.nextInt(0xD000)));
                case 4 -> sb.appendCodePoint(0x10000 + rnd.nextInt(0xFFFFF));
                default -> sb.append(rnd.nextInt(20) == 0 ? (char) (0xD800 + rnd.nextInt(0x800)) : 'z');
            }
        }
        return sb.toString();
    }
}
