package io.spikesdk.benchmarks.load;

import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/**
 * One worker thread of a round: generates its values up front (so that they are not counted as client
 * allocation), then runs transactions until its quota is done or the round is stopped.
 */
final class Worker implements Runnable {
    private static final int VALUE_SETS = 32;

    private final BenchClient client;
    private final WorkloadSpec workload;
    private final KeyPicker keys;
    private final SplittableRandom random;
    private final ObjectSpec objects;
    /** Keys of each batch read; null when reads are single gets. */
    private final long[] batch;
    private final long quota;
    private final WorkerStats stats;
    private final CountDownLatch ready;
    private final CountDownLatch go;
    private final BooleanSupplier stopped;

    Worker(BenchClient client, WorkloadSpec workload, KeyPicker keys, SplittableRandom random, ObjectSpec objects,
           int batchSize, long quota, WorkerStats stats, CountDownLatch ready, CountDownLatch go, BooleanSupplier stopped) {
        this.client = client;
        this.workload = workload;
        this.keys = keys;
        this.random = random;
        this.objects = objects;
        this.batch = batchSize > 1 ? new long[batchSize] : null;
        this.quota = quota;
        this.stats = stats;
        this.ready = ready;
        this.go = go;
        this.stopped = stopped;
    }

    @Override
    public void run() {
        Object[][] values = new Object[VALUE_SETS][];
        for (int i = 0; i < VALUE_SETS; i++) {
            values[i] = objects.generate(random);
        }
        stats.markStart();
        ready.countDown();
        try {
            go.await();
            loop(values);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stats.markEnd();
        }
    }

    private void loop(Object[][] values) {
        long done = 0;
        int next = 0;
        while ((quota < 0 || done < quota) && !stopped.getAsBoolean()) {
            long key = keys.next();
            boolean read = workload.nextIsRead(random);
            if (read && batch != null) {
                batch[0] = key;
                for (int i = 1; i < batch.length; i++) {
                    batch[i] = keys.next();
                }
            }
            long t0 = System.nanoTime();
            try {
                if (read && batch != null) {
                    client.batchGet(batch);
                    stats.recordRead(System.nanoTime() - t0);
                } else if (read) {
                    client.get(key);
                    stats.recordRead(System.nanoTime() - t0);
                } else {
                    client.put(key, values[next++ & (VALUE_SETS - 1)]);
                    stats.recordWrite(System.nanoTime() - t0);
                }
            } catch (RuntimeException e) {
                stats.recordFailure(client.isTimeout(e), e);
            }
            done++;
        }
    }
}
