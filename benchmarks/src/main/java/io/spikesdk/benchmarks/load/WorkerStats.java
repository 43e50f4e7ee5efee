package io.spikesdk.benchmarks.load;

import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * What one worker thread records: latencies (one recorder each for reads and writes, read per interval
 * by the reporter), failures, and its allocation and CPU counters at its start and end.
 */
final class WorkerStats {
    final Recorder reads = new Recorder(Histograms.DIGITS);
    final Recorder writes = new Recorder(Histograms.DIGITS);
    final AtomicLong errors = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    volatile String firstError;
    volatile long threadId = -1;
    volatile long allocStart;
    volatile long cpuStart;
    volatile long allocEnd = -1;
    volatile long cpuEnd = -1;

    void recordRead(long nanos) {
        reads.recordValue(nanos);
    }

    void recordWrite(long nanos) {
        writes.recordValue(nanos);
    }

    void recordFailure(boolean timeout, RuntimeException e) {
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
