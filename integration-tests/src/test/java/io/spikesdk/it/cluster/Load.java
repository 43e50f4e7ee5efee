package io.spikesdk.it.cluster;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.WritePolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady write+read load from several threads: each write puts a fresh key once (so a retry is
 * idempotent) and remembers the outcome — acknowledged, failed in doubt, or failed for sure; each
 * read checks an acknowledged key. Bounded: runs until {@link #stop()}.
 */
final class Load {
    /** Put once per key: retrying it cannot apply anything twice. */
    static final WritePolicy WRITE = WritePolicy.builder().maxRetries(2).sleepBetweenRetries(20).build();

    final Map<Key, Long> acknowledged = new ConcurrentHashMap<>();
    final Map<Key, AerospikeException> inDoubt = new ConcurrentHashMap<>();
    final Map<Key, AerospikeException> notApplied = new ConcurrentHashMap<>();
    final AtomicLong reads = new AtomicLong();
    final AtomicLong readFailures = new AtomicLong();
    final List<String> wrongReads = new ArrayList<>();
    private final AerospikeClient client;
    private final String set;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    Load(AerospikeClient client, String set, int threadCount) {
        this.client = client;
        this.set = set;
        for (int t = 0; t < threadCount; t++) {
            long base = t * 1_000_000L;
            Thread thread = new Thread(() -> run(base), "load-" + t);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    private void run(long base) {
        List<Key> mine = new ArrayList<>();
        for (long i = base; !stop.get(); i++) {
            Key key = Key.of(ClusterHarness.NS, set, i);
            try {
                client.put(WRITE, key, Bin.of("v", i));
                acknowledged.put(key, i);
                mine.add(key);
            } catch (AerospikeException e) {
                (e.inDoubt() ? inDoubt : notApplied).put(key, e);
            }
            if (!mine.isEmpty()) {
                Key read = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
                reads.incrementAndGet();
                try {
                    Record r = client.get(read);
                    if (r == null || r.getLong("v") != acknowledged.get(read)) {
                        synchronized (wrongReads) {
                            wrongReads.add(read + " -> " + r);
                        }
                    }
                } catch (AerospikeException e) {
                    readFailures.incrementAndGet();
                }
            }
        }
    }

    /** Stops the threads and waits for them. */
    void stop() throws InterruptedException {
        stop.set(true);
        for (Thread t : threads) {
            t.join(10_000);
        }
    }

    long writes() {
        return acknowledged.size() + inDoubt.size() + notApplied.size();
    }

    @Override
    public String toString() {
        return "Load[acknowledged " + acknowledged.size() + ", in doubt " + inDoubt.size() + ", not applied "
                + notApplied.size() + ", reads " + reads + " (" + readFailures + " failed)]";
    }
}
