package io.spikesdk.benchmarks.load;

import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One command in flight of an asynchronous round: the {@link Worker} loop turned inside out. Each completion
 * records the latency of the command that ended and issues the next one (from the client's event loop), until
 * the lane's quota is done or the round is stopped; then it counts down the round's latch. Keys, read/write
 * choice and values come from the same generators, in the same order, as a worker thread's.
 */
final class AsyncLane implements AsyncBenchClient.Completion {
    private static final int VALUE_SETS = 32;
    private static final int READ = 0;
    private static final int BATCH = 1;
    private static final int WRITE = 2;

    private final WorkloadSpec workload;
    private final KeyPicker keys;
    private final SplittableRandom random;
    private final Object[][] values = new Object[VALUE_SETS][];
    /** Keys of each batch read; null when reads are single gets. */
    private final long[] batch;
    private final long quota;
    private final WorkerStats stats;
    private final CountDownLatch finished;
    private final BooleanSupplier stopped;
    /**
     * Completions not yet acted on; the thread that moves it off 0 issues the next commands. A client may complete
     * a command inside the call that issued it (an error found before sending): this turns that recursion into a
     * loop.
     */
    private final AtomicInteger pending = new AtomicInteger();
    private AsyncBenchClient.Issuer issuer;
    private AsyncBenchClient client;
    private long done;
    private int nextValues;
    private int kind;
    private long startNanos;

    AsyncLane(WorkloadSpec workload, KeyPicker keys, SplittableRandom random, ObjectSpec objects, int batchSize,
              long quota, WorkerStats stats, CountDownLatch finished, BooleanSupplier stopped) {
        this.workload = workload;
        this.keys = keys;
        this.random = random;
        this.batch = batchSize > 1 ? new long[batchSize] : null;
        this.quota = quota;
        this.stats = stats;
        this.finished = finished;
        this.stopped = stopped;
        for (int i = 0; i < VALUE_SETS; i++) {
            values[i] = objects.generate(random);
        }
    }

    /** Binds the lane to its client; call before {@link #start}. */
    void bind(AsyncBenchClient client, int lane, int lanes) {
        this.client = client;
        this.issuer = client.issuer(lane, lanes, this);
    }

    /** Issues the lane's first command (or finishes at once with a quota of 0). */
    void start() {
        drive();
    }

    @Override
    public void completed(Throwable failure) {
        long nanos = System.nanoTime() - startNanos;
        if (failure == null) {
            if (kind == WRITE) {
                stats.recordWrite(nanos);
            } else {
                stats.recordRead(nanos);
            }
        } else {
            stats.recordFailure(client.isTimeout(failure), failure);
        }
        done++;
        drive();
    }

    private void drive() {
        if (pending.getAndIncrement() != 0) {
            return;
        }
        do {
            if ((quota >= 0 && done >= quota) || stopped.getAsBoolean()) {
                finished.countDown();
                return;
            }
            issue();
        } while (pending.decrementAndGet() != 0);
    }

    private void issue() {
        long key = keys.next();
        boolean read = workload.nextIsRead(random);
        if (read && batch != null) {
            batch[0] = key;
            for (int i = 1; i < batch.length; i++) {
                batch[i] = keys.next();
            }
        }
        kind = !read ? WRITE : batch != null ? BATCH : READ;
        startNanos = System.nanoTime();
        try {
            switch (kind) {
                case BATCH -> issuer.batchGet(batch);
                case READ -> issuer.get(key);
                default -> issuer.put(key, values[nextValues++ & (VALUE_SETS - 1)]);
            }
        } catch (RuntimeException e) {
            // refused before it started (e.g. a closed client): a failed command, not a dead lane
            stats.recordFailure(client.isTimeout(e), e);
            done++;
            pending.incrementAndGet();
        }
    }
}
