package io.spikesdk.benchmarks.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs rounds of transactions against any {@link BenchClient}: the one code path both clients go
 * through. Each round starts {@code threads} workers behind a start gate, prints a line per second and
 * returns what the round measured.
 */
public final class Workload {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final ObjectSpec objects;
    private final long startKey;
    private final long keys;
    private final int threads;
    private final int batchSize;
    private final ServerCpuMeter serverCpu;
    private final PrintStream out;

    /**
     * @param batchSize keys per read; above 1 each read is one batch read
     * @param serverInProcess whether an embedded server runs in this JVM (its CPU is then measured)
     */
    public Workload(ObjectSpec objects, long startKey, long keys, int threads, int batchSize, boolean serverInProcess,
                    PrintStream out) {
        this.batchSize = batchSize;
        this.objects = objects;
        this.startKey = startKey;
        this.keys = keys;
        this.threads = threads;
        this.serverCpu = serverInProcess ? new ServerCpuMeter() : null;
        this.out = out;
    }

    /** Runs one round and returns its measurement (elapsed time included). */
    Measurement run(BenchClient client, Round round) throws InterruptedException {
        List<WorkerStats> stats = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        StopFlag stop = new StopFlag();
        for (int i = 0; i < threads; i++) {
            WorkerStats s = new WorkerStats();
            SplittableRandom random = new SplittableRandom(round.seed() * 31 + i);
            KeyPicker picker = round.sequentialKeys() ? KeyPicker.sequential(startKey, keys, i, threads)
                    : KeyPicker.random(startKey, keys, random.split());
            Worker w = new Worker(client, round.workload(), picker, random, objects, batchSize, round.quota(i, threads),
                    s, ready, go, stop::isSet);
            Thread t = new Thread(w, "bench-" + client.kind().label() + "-" + i);
            t.setDaemon(true);
            stats.add(s);
            workers.add(t);
            t.start();
        }
        ready.await();
        long start = System.nanoTime();
        IntervalCollector collector = new IntervalCollector(stats, serverCpu, null, start);
        go.countDown();
        Measurement total = new Measurement();
        long deadline = round.transactions() > 0 ? Long.MAX_VALUE : start + round.seconds() * SECOND;
        long nextTick = start + SECOND;
        int second = 0;
        boolean finished = false;
        while (!finished) {
            long until = Math.min(nextTick, deadline);
            finished = joinUntil(workers, until);
            if (!finished && System.nanoTime() >= deadline) {
                stop.set();
                joinUntil(workers, Long.MAX_VALUE);
                finished = true;
            }
            Measurement interval = collector.collect(System.nanoTime());
            total.add(interval);
            second++;
            if (round.printSeconds() && (!finished || interval.elapsedNanos() >= SECOND / 2)) {
                out.println(Report.line(round.label(), second, interval));
            }
            nextTick += SECOND;
        }
        return total;
    }

    /** Joins the workers until {@code deadlineNanos}; true when all have ended. */
    private static boolean joinUntil(List<Thread> workers, long deadlineNanos) throws InterruptedException {
        for (Thread t : workers) {
            long left = deadlineNanos == Long.MAX_VALUE ? 0 : deadlineNanos - System.nanoTime();
            if (deadlineNanos == Long.MAX_VALUE) {
                t.join();
            } else if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(t, left);
            }
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** The round's stop signal, polled by the workers. */
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
