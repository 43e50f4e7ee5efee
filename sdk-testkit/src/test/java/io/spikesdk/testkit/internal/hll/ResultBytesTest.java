package io.spikesdk.testkit.internal.hll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResultBytesTest {
    static long longOf(byte[] b) {
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xff);
        }
        return v;
    }

    @Test
    void integersAndDoublesAreBigEndian() {
        assertEquals(-2L, longOf(ResultBytes.integer(-2)));
        assertEquals(Double.doubleToRawLongBits(0.25), longOf(ResultBytes.real(0.25)));
    }
}
