package io.spikesdk.benchmarks.load;

import java.util.HashMap;
import java.util.Map;

/**
 * CPU time and allocation of an asynchronous client: the per-thread counters of the threads whose names start
 * with the client's prefixes (its event loops and timer), which run every command, callback and the workload's
 * own issuing. Threads of anything else in the JVM (the embedded server's, the other client's, GC and JIT) are
 * not counted. A thread that ends between two readings loses its last slice.
 */
final class ClientThreadsMeter {
    private final String[] prefixes;
    private Map<Long, long[]> last;

    ClientThreadsMeter(String... prefixes) {
        this.prefixes = prefixes.clone();
        this.last = read();
    }

    /** {@code {allocated bytes, CPU nanos}} of the client's threads since the previous call (or construction). */
    long[] sinceLast() {
        Map<Long, long[]> now = read();
        long alloc = 0;
        long cpu = 0;
        for (Map.Entry<Long, long[]> e : now.entrySet()) {
            long[] before = last.getOrDefault(e.getKey(), new long[2]);
            alloc += Math.max(0, e.getValue()[0] - before[0]);
            cpu += Math.max(0, e.getValue()[1] - before[1]);
        }
        last = now;
        return new long[] {alloc, cpu};
    }

    private Map<Long, long[]> read() {
        Map<Long, long[]> counters = new HashMap<>();
        for (String prefix : prefixes) {
            for (Map.Entry<Long, Long> e : JvmMeters.cpuOfThreadsNamed(prefix).entrySet()) {
                long alloc = JvmMeters.allocatedBytes(e.getKey());
                if (alloc >= 0) {
                    counters.put(e.getKey(), new long[] {alloc, e.getValue()});
                }
            }
        }
        return counters;
    }
}
