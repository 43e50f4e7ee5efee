package io.spikesdk.benchmarks.load;

import java.lang.management.ManagementFactory;

/**
 * Per-thread allocation and CPU counters ({@code com.sun.management.ThreadMXBean}) and the process
 * CPU time ({@code com.sun.management.OperatingSystemMXBean}).
 */
final class JvmMeters {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static {
        if (THREADS.isThreadAllocatedMemorySupported() && !THREADS.isThreadAllocatedMemoryEnabled()) {
            THREADS.setThreadAllocatedMemoryEnabled(true);
        }
        if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
    }

    private JvmMeters() {
    }

    static long currentThreadAllocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    static long currentThreadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Bytes allocated by a live thread so far; -1 when it has ended. */
    static long allocatedBytes(long threadId) {
        return THREADS.getThreadAllocatedBytes(threadId);
    }

    /** CPU time of a live thread so far; -1 when it has ended. */
    static long cpuNanos(long threadId) {
        return THREADS.getThreadCpuTime(threadId);
    }

    /** CPU time of the whole JVM so far. */
    static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }

    /** CPU time so far of each live thread whose name starts with {@code prefix}, by thread id. */
    static java.util.Map<Long, Long> cpuOfThreadsNamed(String prefix) {
        java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                long nanos = THREADS.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }
}
