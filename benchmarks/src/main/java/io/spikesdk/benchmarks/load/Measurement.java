package io.spikesdk.benchmarks.load;

import org.HdrHistogram.Histogram;

/**
 * What was measured over a period (one second, one round, or every round of a client): latencies of
 * successful reads and writes, failures, and client and server costs. Mutable accumulator, used by one
 * thread at a time.
 */
public final class Measurement {
    private final Histogram reads = Histograms.create();
    private final Histogram writes = Histograms.create();
    private long errors;
    private long timeouts;
    private long allocatedBytes;
    private long clientCpuNanos;
    private long serverCpuNanos = -1;
    private long processCpuNanos;
    private long elapsedNanos;
    private String firstError;

    /** Adds the latencies of successful reads. */
    public void addReads(Histogram h) {
        reads.add(h);
    }

    /** Adds the latencies of successful writes. */
    public void addWrites(Histogram h) {
        writes.add(h);
    }

    /** Adds failures: {@code errors} other than timeouts, and {@code timeouts}. */
    public void addFailures(long errorCount, long timeoutCount, String error) {
        errors += errorCount;
        timeouts += timeoutCount;
        if (firstError == null) {
            firstError = error;
        }
    }

    /** Adds bytes allocated and CPU time used by the worker threads. */
    public void addClientCost(long bytes, long cpuNanos) {
        allocatedBytes += bytes;
        clientCpuNanos += cpuNanos;
    }

    /** Adds CPU time of the in-process server ({@code serverNanos} &lt; 0: not measured) and of the process. */
    public void addProcessCost(long serverNanos, long processNanos) {
        if (serverNanos >= 0) {
            serverCpuNanos = Math.max(serverCpuNanos, 0) + serverNanos;
        }
        processCpuNanos += processNanos;
    }

    /** Adds wall-clock time. */
    public void addElapsed(long nanos) {
        elapsedNanos += nanos;
    }

    /** Adds everything measured by {@code other}. */
    public void add(Measurement other) {
        addReads(other.reads);
        addWrites(other.writes);
        addFailures(other.errors, other.timeouts, other.firstError);
        addClientCost(other.allocatedBytes, other.clientCpuNanos);
        addProcessCost(other.serverCpuNanos, other.processCpuNanos);
        addElapsed(other.elapsedNanos);
    }

    public Histogram reads() {
        return reads;
    }

    public Histogram writes() {
        return writes;
    }

    /** Reads and writes together. */
    public Histogram all() {
        Histogram h = Histograms.create();
        h.add(reads);
        h.add(writes);
        return h;
    }

    public long readCount() {
        return reads.getTotalCount();
    }

    public long writeCount() {
        return writes.getTotalCount();
    }

    public long errors() {
        return errors;
    }

    public long timeouts() {
        return timeouts;
    }

    /** Transactions attempted: successes, errors and timeouts. */
    public long transactions() {
        return readCount() + writeCount() + errors + timeouts;
    }

    /** The message of the first error seen, or null. */
    public String firstError() {
        return firstError;
    }

    public long elapsedNanos() {
        return elapsedNanos;
    }

    public double readsPerSecond() {
        return perSecond(readCount());
    }

    public double writesPerSecond() {
        return perSecond(writeCount());
    }

    /** Successful transactions per second. */
    public double opsPerSecond() {
        return perSecond(readCount() + writeCount());
    }

    private double perSecond(long count) {
        return elapsedNanos <= 0 ? 0 : count * 1e9 / elapsedNanos;
    }

    /** Bytes allocated by the worker threads per transaction. */
    public double bytesPerOp() {
        long n = transactions();
        return n == 0 ? 0 : (double) allocatedBytes / n;
    }

    /** CPU time of the worker threads per transaction, in microseconds. */
    public double clientCpuMicrosPerOp() {
        long n = transactions();
        return n == 0 ? 0 : clientCpuNanos / 1000.0 / n;
    }

    /** CPU of the in-process server threads as a percentage of the whole machine; NaN when not measured. */
    public double serverCpuPercent() {
        return serverCpuNanos < 0 ? Double.NaN : machinePercent(serverCpuNanos);
    }

    /** CPU of the whole JVM as a percentage of the whole machine. */
    public double processCpuPercent() {
        return machinePercent(processCpuNanos);
    }

    private double machinePercent(long cpuNanos) {
        return elapsedNanos <= 0 ? 0
                : 100.0 * cpuNanos / ((double) elapsedNanos * Runtime.getRuntime().availableProcessors());
    }
}
