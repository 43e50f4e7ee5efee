package io.spikesdk.benchmarks.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs rounds of transactions against any {@link AsyncBenchClient}: the asynchronous counterpart of
 * {@link Workload}, with {@code inFlight} {@link AsyncLane}s in place of worker threads. Lane {@code i} picks its
 * keys, reads/writes and values exactly as worker {@code i} of a threaded round with the same seed would.
 */
public final class AsyncWorkload {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    /** How long a stopped round waits for its commands in flight, beyond their timeout. */
    private static final long DRAIN_GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ObjectSpec objects;
    private final long startKey;
    private final long keys;
    private final int inFlight;
    private final int batchSize;
    private final long timeoutNanos;
    private final ServerCpuMeter serverCpu;
    private final PrintStream out;

    /**
     * @param inFlight lanes, each with one command in flight
     * @param timeoutMs the clients' total timeout: a stopped round waits that long (plus a grace) for its lanes
     * @param serverInProcess whether an embedded server runs in this JVM (its CPU is then measured)
     */
    public AsyncWorkload(ObjectSpec objects, long startKey, long keys, int inFlight, int batchSize, int timeoutMs,
                         boolean serverInProcess, PrintStream out) {
        this.objects = objects;
        this.startKey = startKey;
        this.keys = keys;
        this.inFlight = inFlight;
        this.batchSize = batchSize;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        this.serverCpu = serverInProcess ? new ServerCpuMeter() : null;
        this.out = out;
    }

    /** Runs one round and returns its measurement (elapsed time included). */
    Measurement run(AsyncBenchClient client, Round round) throws InterruptedException {
        List<WorkerStats> stats = new ArrayList<>();
        List<AsyncLane> lanes = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(inFlight);
        StopFlag stop = new StopFlag();
        for (int i = 0; i < inFlight; i++) {
            WorkerStats s = new WorkerStats();
            SplittableRandom random = new SplittableRandom(round.seed() * 31 + i);
            KeyPicker picker = round.sequentialKeys() ? KeyPicker.sequential(startKey, keys, i, inFlight)
                    : KeyPicker.random(startKey, keys, random.split());
            AsyncLane lane = new AsyncLane(round.workload(), picker, random, objects, batchSize,
                    round.quota(i, inFlight), s, finished, stop::isSet);
            lane.bind(client, i, inFlight);
            stats.add(s);
            lanes.add(lane);
        }
        long start = System.nanoTime();
        IntervalCollector collector = new IntervalCollector(stats, serverCpu,
                new ClientThreadsMeter(client.threadNamePrefixes()), start);
        for (AsyncLane lane : lanes) {
            lane.start();
        }
        Measurement total = new Measurement();
        long deadline = round.transactions() > 0 ? Long.MAX_VALUE : start + round.seconds() * SECOND;
        long nextTick = start + SECOND;
        int second = 0;
        boolean done = false;
        while (!done) {
            long until = Math.min(nextTick, deadline);
            done = finished.await(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!done && System.nanoTime() >= deadline) {
                stop.set();
                if (!finished.await(timeoutNanos + DRAIN_GRACE_NANOS, TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException(finished.getCount() + " of " + inFlight + " commands of "
                            + round.label() + " never completed");
                }
                done = true;
            }
            Measurement interval = collector.collect(System.nanoTime());
            total.add(interval);
            second++;
            if (round.printSeconds() && (!done || interval.elapsedNanos() >= SECOND / 2)) {
                out.println(Report.line(round.label(), second, interval));
            }
            nextTick += SECOND;
        }
        return total;
    }

    /** The round's stop signal, polled by the lanes. */
    private static final class StopFlag {
        private volatile boolean set;

        void set() {
            set = true;
        }

        boolean isSet() {
            return set;
        }
    }
}
