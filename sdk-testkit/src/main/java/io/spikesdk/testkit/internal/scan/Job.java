package io.spikesdk.testkit.internal.scan;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One scan or query job as {@code query-show} reports it (SRV {@code query_job.c}): foreground ("basic") jobs stream
 * rows to their connection, background-ops jobs apply write ops to every match. Counters are updated by the one
 * thread running the job and read by info requests. Thread-safe.
 */
public final class Job {
    /** What a job does, as {@code job-type} names it. */
    public enum Type {
        BASIC("basic"), AGGREGATION("aggregation"), BACKGROUND_UDF("background-udf"), BACKGROUND_OPS("background-ops");

        private final String text;

        Type(String text) {
            this.text = text;
        }
    }

    /** The socket timeout a job reports when the request names none (and background jobs always). */
    static final int DEFAULT_SOCKET_TIMEOUT = 10_000;

    private final long trid;
    private final Type type;
    private final String namespace;
    private final String set;
    private final String indexName;
    private final int pidsRequested;
    private final int keydsRequested;
    private final int rps;
    private final int socketTimeout;
    private final long startNanos = System.nanoTime();
    private volatile long doneNanos;
    /** The partition the job is at, -1 before the first. */
    private volatile int partition = -1;
    private volatile boolean aborted;
    private volatile long throttled;
    private volatile long filteredMeta;
    private volatile long filteredBins;
    private volatile long succeeded;
    private volatile long failed;
    private volatile long netIoBytes;
    private volatile String udfFilename;
    private volatile String udfFunction;

    Job(long trid, Type type, String namespace, String set, String indexName, int pidsRequested, int keydsRequested,
            int rps, int socketTimeout) {
        this.trid = trid;
        this.type = type;
        this.namespace = namespace;
        this.set = set;
        this.indexName = indexName;
        this.pidsRequested = pidsRequested;
        this.keydsRequested = keydsRequested;
        this.rps = rps;
        this.socketTimeout = socketTimeout;
    }

    public long trid() {
        return trid;
    }

    public boolean isActive() {
        return doneNanos == 0;
    }

    /** Asks a running job to stop; it then finishes with 15 (QUERY_ABORTED). */
    public void abort() {
        aborted = true;
    }

    boolean aborted() {
        return aborted;
    }

    void filtered() {
        filteredBins++;
    }

    void filteredMeta() {
        filteredMeta++;
    }

    void succeeded() {
        succeeded++;
    }

    /** A record went through the records-per-second throttle (counted only when the job has a limit). */
    void throttled() {
        throttled += rps > 0 ? 1 : 0;
    }

    /** A queued write or UDF call failed (it went through the throttle when it was queued). */
    void failed() {
        failed++;
    }

    /** The module and function a UDF job runs, listed by {@code query-show}. */
    void udf(String filename, String function) {
        udfFilename = filename;
        udfFunction = function;
    }

    /** Bytes sent, as the real server counts them (see {@link ScanStream}). */
    void sent(long bytes) {
        netIoBytes += bytes;
    }

    /** The job reached partition {@code pid}; its progress is the share of partitions up to it. */
    void at(int pid) {
        partition = pid;
    }

    void done() {
        doneNanos = System.nanoTime();
    }

    /** The job's {@code query-show} entry. */
    public String describe() {
        long now = System.nanoTime();
        long done = doneNanos;
        String status = done != 0 ? (aborted ? "done(user-aborted)" : "done(ok)") : "active(ok)";
        StringBuilder out = new StringBuilder("trid=").append(Long.toUnsignedString(trid)).append(":ns=")
                .append(namespace);
        if (set != null) {
            out.append(":set=").append(set);
        }
        if (indexName != null) {
            out.append(":sindex-name=").append(indexName);
        }
        if (type == Type.BASIC) {
            out.append(":n-pids-requested=").append(pidsRequested).append(":n-keyds-requested=")
                    .append(keydsRequested);
        }
        out.append(":rps=").append(rps).append(":active-threads=").append(done != 0 ? 0 : 1).append(":status=")
                .append(status).append(":job-progress=").append(done != 0 ? "100.00" : progress())
                .append(":run-time=").append(millis((done != 0 ? done : now) - startNanos))
                .append(":time-since-done=").append(done != 0 ? millis(now - done) : 0)
                .append(":recs-throttled=").append(throttled).append(":recs-filtered-meta=").append(filteredMeta)
                .append(":recs-filtered-bins=")
                .append(filteredBins).append(":recs-succeeded=").append(succeeded).append(":recs-failed=")
                .append(failed).append(":job-type=").append(type.text).append(":net-io-bytes=").append(netIoBytes);
        if (type == Type.BASIC || type == Type.AGGREGATION) {
            out.append(":net-io-time=0");
        }
        out.append(":socket-timeout=").append(socketTimeout);
        if (type == Type.BACKGROUND_OPS) {
            out.append(":ops-active=0");
        }
        if (udfFilename != null) {
            out.append(":udf-filename=").append(udfFilename).append(":udf-function=").append(udfFunction)
                    .append(":udf-active=0");
        }
        return out.toString();
    }

    /**
     * As the real server's {@code progress_pct} while the job runs: partitions up to the current one of 4096, two
     * decimals (a finished job, an aborted one too, shows 100.00 there).
     */
    private String progress() {
        int at = partition;
        return at < 0 ? "0.00" : String.format(Locale.ROOT, "%.2f", Math.min(at + 1, 4096) * 100f / 4096);
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Job[%s %s]", Long.toUnsignedString(trid), type);
    }
}
