package io.spikesdk.benchmarks.load;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Turns the per-thread {@link WorkerStats} of a round into one {@link Measurement} per interval: merges
 * the interval histograms of every worker's recorders (recycling them) and takes the deltas of the
 * counters. The client's allocation and CPU come from the worker threads, or, for an asynchronous round (whose
 * {@link WorkerStats} belong to lanes, not threads), from the client's own threads.
 */
final class IntervalCollector {
    private final List<WorkerStats> workers;
    private final ServerCpuMeter serverCpu;
    private final ClientThreadsMeter clientThreads;
    private final long[] lastErrors;
    private final long[] lastTimeouts;
    private final long[] lastAlloc;
    private final long[] lastCpu;
    private final Histogram[] readSpares;
    private final Histogram[] writeSpares;
    private long lastProcessCpu;
    private long lastNanos;

    /**
     * Call once every worker has marked its start; {@code serverCpu} is null without an in-process server,
     * {@code clientThreads} null when the client's cost is that of the worker threads.
     */
    IntervalCollector(List<WorkerStats> workers, ServerCpuMeter serverCpu, ClientThreadsMeter clientThreads,
                      long startNanos) {
        this.workers = workers;
        this.serverCpu = serverCpu;
        this.clientThreads = clientThreads;
        int n = workers.size();
        lastErrors = new long[n];
        lastTimeouts = new long[n];
        lastAlloc = new long[n];
        lastCpu = new long[n];
        readSpares = new Histogram[n];
        writeSpares = new Histogram[n];
        for (int i = 0; i < n; i++) {
            lastAlloc[i] = workers.get(i).allocStart;
            lastCpu[i] = workers.get(i).cpuStart;
        }
        if (serverCpu != null) {
            serverCpu.sinceLast();
        }
        if (clientThreads != null) {
            clientThreads.sinceLast();
        }
        lastProcessCpu = JvmMeters.processCpuNanos();
        lastNanos = startNanos;
    }

    /** What happened since the previous call (or the start), up to {@code nowNanos}. */
    Measurement collect(long nowNanos) {
        Measurement m = new Measurement();
        long errors = 0;
        long timeouts = 0;
        long alloc = 0;
        long cpu = 0;
        String firstError = null;
        for (int i = 0; i < workers.size(); i++) {
            WorkerStats w = workers.get(i);
            readSpares[i] = w.reads.getIntervalHistogram(readSpares[i]);
            writeSpares[i] = w.writes.getIntervalHistogram(writeSpares[i]);
            m.addReads(readSpares[i]);
            m.addWrites(writeSpares[i]);
            long e = w.errors.get();
            long t = w.timeouts.get();
            errors += e - lastErrors[i];
            timeouts += t - lastTimeouts[i];
            lastErrors[i] = e;
            lastTimeouts[i] = t;
            if (clientThreads == null) {
                long a = current(w.allocEnd, w.threadId, true);
                long c = current(w.cpuEnd, w.threadId, false);
                alloc += Math.max(0, a - lastAlloc[i]);
                cpu += Math.max(0, c - lastCpu[i]);
                lastAlloc[i] = Math.max(lastAlloc[i], a);
                lastCpu[i] = Math.max(lastCpu[i], c);
            }
            if (firstError == null) {
                firstError = w.firstError;
            }
        }
        m.addFailures(errors, timeouts, firstError);
        if (clientThreads != null) {
            long[] cost = clientThreads.sinceLast();
            alloc = cost[0];
            cpu = cost[1];
        }
        m.addClientCost(alloc, cpu);
        long processCpu = JvmMeters.processCpuNanos();
        m.addProcessCost(serverCpu == null ? -1 : serverCpu.sinceLast(), processCpu - lastProcessCpu);
        lastProcessCpu = processCpu;
        m.addElapsed(nowNanos - lastNanos);
        lastNanos = nowNanos;
        return m;
    }

    /** The worker's final counter when it has ended, else its live counter. */
    private static long current(long endValue, long threadId, boolean allocation) {
        if (endValue >= 0) {
            return endValue;
        }
        return allocation ? JvmMeters.allocatedBytes(threadId) : JvmMeters.cpuNanos(threadId);
    }
}
