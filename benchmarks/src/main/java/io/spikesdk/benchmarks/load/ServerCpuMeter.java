package io.spikesdk.benchmarks.load;

import java.util.Map;

/**
 * CPU time of an in-process embedded server: the per-thread CPU time of the threads named
 * {@value #THREAD_PREFIX}* (its acceptor and connection threads). A thread that ends between two
 * readings loses its last slice, so the figure can only be low, never high.
 */
final class ServerCpuMeter {
    /** Name prefix of the embedded server's threads. */
    static final String THREAD_PREFIX = "spike-aerospike-";

    /** How the figure is obtained, printed next to it. */
    static final String METHOD = "per-thread CPU of threads named " + THREAD_PREFIX + "*";

    private Map<Long, Long> last = JvmMeters.cpuOfThreadsNamed(THREAD_PREFIX);

    /** CPU nanoseconds the server threads used since the previous call (or construction). */
    long sinceLast() {
        Map<Long, Long> now = JvmMeters.cpuOfThreadsNamed(THREAD_PREFIX);
        long total = 0;
        for (Map.Entry<Long, Long> e : now.entrySet()) {
            total += Math.max(0, e.getValue() - last.getOrDefault(e.getKey(), 0L));
        }
        last = now;
        return total;
    }
}
