package io.spikesdk.testkit.internal.storage;

/**
 * How far one nsup cycle evicts, as the real server decides it: the void times of the evictable records (those with
 * a TTL, outside sets with disable-eviction) go into {@value #BUCKETS} equal buckets spanning now to the furthest
 * void time; the cut is the low edge of the first bucket in which the running count exceeds evict-tenths-pct of them,
 * and every record whose void time is below the cut is evicted. So whole buckets go, never the bucket that crosses the
 * target, and records sharing one void time are evicted together or not at all.
 */
final class EvictionThreshold {
    /** evict-hist-buckets. */
    static final int BUCKETS = 10_000;

    private EvictionThreshold() {
    }

    /**
     * The evict void time for these void times (all non-zero): above {@code now} when there is something to evict;
     * {@code now} when only already expired records lie below the cut; 0 when nothing can be evicted (no record
     * below the first crossing bucket, or the target would take every record).
     */
    static long of(long now, long[] voidTimes, int evictTenthsPct) {
        if (voidTimes.length == 0) {
            return 0;
        }
        long maxVoidTime = 0;
        for (long v : voidTimes) {
            maxVoidTime = Math.max(maxVoidTime, v);
        }
        long range = maxVoidTime > now ? maxVoidTime - now : 0;
        long width = Math.max(1, (range + BUCKETS - 1) / BUCKETS);
        long[] counts = new long[BUCKETS];
        for (long v : voidTimes) {
            long offset = v - now;
            counts[offset > 0 ? (int) Math.min(offset / width, BUCKETS - 1) : 0]++;
        }
        long target = voidTimes.length * (long) evictTenthsPct / 1000;
        long count = 0;
        for (int i = 0; i < BUCKETS; i++) {
            count += counts[i];
            if (count > target) {
                long cut = now + i * width;
                long below = count - counts[i];
                return below > 0 ? cut : cut == now ? now : 0;
            }
        }
        return 0;
    }
}
