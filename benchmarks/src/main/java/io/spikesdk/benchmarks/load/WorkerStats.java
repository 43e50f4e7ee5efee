package io.spikesdk.benchmarks.load;

import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * What one worker thread records: latencies (one recorder each for reads and writes, read per interval
 * by the reporter), failures, and its allocation and CPU counters at its start and end. The recorders
 * have a fixed range, so recording never allocates on the worker thread (an auto-resizing histogram
 * would, and that would be counted as client allocation).
 */
final class WorkerStats {
    /** Latencies above this (one minute) are recorded as this. */
    static final long HIGHEST_NANOS = 60_000_000_000L;

    final Recorder reads = new Recorder(1, HIGHEST_NANOS, Histograms.DIGITS);
    final Recorder writes = new Recorder(1, HIGHEST_NANOS, Histograms.DIGITS);
    final AtomicLong errors = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    volatile String firstError;
    volatile long threadId = -1;
    volatile long allocStart;
    volatile long cpuStart;
    volatile long allocEnd = -1;
    volatile long cpuEnd = -1;

    void recordRead(long nanos) {
        reads.recordValue(Math.min(Math.max(nanos, 1), HIGHEST_NANOS));
    }

    void recordWrite(long nanos) {
        writes.recordValue(Math.min(Math.max(nanos, 1), HIGHEST_NANOS));
    }

    void recordFailure(boolean timeout, Throwable e) {
        (timeout ? timeouts : errors).incrementAndGet();
        if (firstError == null) {
            firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Captures the counters of the calling (worker) thread at its start. */
    void markStart() {
        threadId = Thread.currentThread().getId();
        allocStart = JvmMeters.currentThreadAllocatedBytes();
        cpuStart = JvmMeters.currentThreadCpuNanos();
    }

    /** Captures the counters of the calling (worker) thread at its end. */
    void markEnd() {
        cpuEnd = JvmMeters.currentThreadCpuNanos();
        allocEnd = JvmMeters.currentThreadAllocatedBytes();
    }
}
