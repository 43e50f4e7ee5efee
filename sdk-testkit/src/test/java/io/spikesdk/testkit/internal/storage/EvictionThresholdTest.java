package io.spikesdk.testkit.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class EvictionThresholdTest {
    private static final long NOW = 1_000_000;

    @Test
    void cutsBelowTheBucketThatCrossesTheTarget() {
        // 500 distinct void times one second apart: target 5 * 500 / 1000 = 2, the 3rd record's bucket crosses it
        long[] voidTimes = LongStream.range(0, 500).map(i -> NOW + 1000 + 10 * i).toArray();
        assertEquals(NOW + 1020, EvictionThreshold.of(NOW, voidTimes, 5));
        assertEquals(NOW + 1100, EvictionThreshold.of(NOW, voidTimes, 20), "2%: ten records");
    }

    @Test
    void evictsNothingWhenNoRecordLiesBelowTheCrossingBucket() {
        // 130 records: target 0, so the first record's bucket already crosses it (as the real server logged)
        long[] voidTimes = LongStream.range(0, 130).map(i -> NOW + 1000 + 10 * i).toArray();
        assertEquals(0, EvictionThreshold.of(NOW, voidTimes, 5));
        long[] same = LongStream.range(0, 1000).map(i -> NOW + 50).toArray();
        assertEquals(0, EvictionThreshold.of(NOW, same, 5), "one void time: all or nothing, so nothing");
        assertEquals(0, EvictionThreshold.of(NOW, new long[0], 5));
    }

    @Test
    void expiredRecordsFallInTheFirstBucket() {
        long[] voidTimes = LongStream.range(0, 400).map(i -> i < 300 ? NOW - 5 : NOW + 10 + i).toArray();
        assertEquals(NOW, EvictionThreshold.of(NOW, voidTimes, 5), "only expired records below the cut");
    }

    @Test
    void wideRangesShareBuckets() {
        // range 100,000 s over 10,000 buckets: 10 s wide; void times 3 s apart share buckets
        long[] voidTimes = LongStream.range(0, 1000).map(i -> NOW + 3 * i).toArray();
        long[] withFar = LongStream.concat(LongStream.of(voidTimes), LongStream.of(NOW + 100_000)).toArray();
        assertEquals(NOW + 10, EvictionThreshold.of(NOW, withFar, 5));
    }
}
