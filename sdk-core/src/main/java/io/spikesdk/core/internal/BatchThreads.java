package io.spikesdk.core.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads named {@code spike-batch-N} for the node sub-batches a batch runs in parallel. */
final class BatchThreads {
    private static final AtomicInteger IDS = new AtomicInteger();

    private BatchThreads() {
    }

    static ThreadFactory factory() {
        return task -> {
            Thread t = new Thread(task, "spike-batch-" + IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
