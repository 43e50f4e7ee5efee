package io.spikesdk.testkit.internal.cdt;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RangeMathTest {
    private static RangeMath.Window w(int start, int count) {
        return new RangeMath.Window(start, count);
    }

    @Test
    void complementOfNothingIsEverything() {
        assertEquals(w(0, 7), RangeMath.complement(w(3, 0), 7));
        assertEquals(w(0, 0), RangeMath.complement(w(0, 0), 0));
    }

    @Test
    void complementOfAHeadIsTheTailAndOfATailTheHead() {
        assertEquals(w(2, 5), RangeMath.complement(w(0, 2), 7));
        assertEquals(w(0, 4), RangeMath.complement(w(4, 3), 7));
        assertEquals(w(7, 0), RangeMath.complement(w(0, 7), 7));
    }

    @Test
    void complementOfAMiddleRunIsTwoRuns() {
        assertNull(RangeMath.complement(w(2, 3), 7));
    }

    @Test
    void negativeRangeStartCountsFromTheEndAndClipsTheCount() {
        assertEquals(w(5, 2), RangeMath.range(-2, 10, 7));
        assertEquals(w(0, 1), RangeMath.range(-9, 3, 7));
        assertEquals(w(7, 0), RangeMath.range(9, 3, 7));
    }
}
