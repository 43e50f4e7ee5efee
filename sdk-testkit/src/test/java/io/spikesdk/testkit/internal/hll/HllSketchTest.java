package io.spikesdk.testkit.internal.hll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Register packing against a bit-by-bit model (most significant bit first). */
class HllSketchTest {

    private static long modelGet(byte[] b, int r, int nBits) {
        long v = 0;
        for (int i = 0; i < nBits; i++) {
            int bit = r * nBits + i;
            v = (v << 1) | ((b[HllSketch.HEADER + bit / 8] >> (7 - bit % 8)) & 1);
        }
        return v;
    }

    @Test
    void registersPackMostSignificantBitFirst() {
        Random random = new Random(7);
        int[][] shapes = {{4, 0}, {4, 51}, {5, 7}, {10, 13}, {16, 0}, {13, 51}, {16, 48}};
        for (int[] shape : shapes) {
            HllSketch s = HllSketch.empty(shape[0], shape[1]);
            int nBits = 6 + shape[1];
            long[] expected = new long[s.registerCount()];
            for (int i = 0; i < 3000; i++) {
                int r = random.nextInt(s.registerCount());
                long v = random.nextLong() & ((1L << nBits) - 1);
                s.setRegister(r, v);
                expected[r] = v;
            }
            byte[] bytes = s.toBytes();
            assertEquals(HllSketch.requiredSize(shape[0], shape[1]), bytes.length);
            for (int r = 0; r < expected.length; r++) {
                assertEquals(expected[r], s.register(r), "register " + r);
                assertEquals(expected[r], modelGet(bytes, r, nBits), "packing of register " + r);
            }
        }
    }

    @Test
    void cacheIsLittleEndianAfterTheShape() {
        HllSketch s = HllSketch.empty(4, 0);
        s.setCache(0x0102030405060708L);
        byte[] b = s.toBytes();
        assertEquals(0x08, b[3]);
        assertEquals(0x01, b[10]);
        assertEquals(0x0102030405060708L, s.cache());
    }
}
