package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.Policy;
import io.spikesdk.api.internal.PartitionCursor;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One subscription to an async scan or query: the rounds of {@link ScanExecutor} (a {@link PartitionTracker}, up to
 * {@code maxConcurrentNodes} node streams at once, unavailable partitions re-read in the next round), started at the
 * first {@link #request}. Records go into a queue that the subscriber's signals drain on the completion executor,
 * one drain at a time (so signals are serial and never exceed demand); a node stream stops reading its socket while
 * the queue holds as many records as were requested, so the client holds at most the demand plus one reply frame
 * per node stream. The first failure that is not a partition retry cancels the other streams and reaches
 * {@code onError} at once (records still queued are dropped).
 */
final class RecordSubscription implements Flow.Subscription {
    private static final Log LOG = Log.named("core.scan");

    /** What a subscription runs: the policy, the partitions and how a node's share becomes a request. */
    record Call(Policy policy, long maxRecords, int maxConcurrentNodes, PartitionCursor cursor, CommandType type,
                String namespace, String set, ShareRequests requests, Serialization serial) {
    }

    /** Makes the request of one node's share of a round. */
    interface ShareRequests {
        CommandRequest request(PartitionTracker.NodeShare share, long taskId, int totalTimeout);
    }

    private final Cluster cluster;
    private final AsyncStreams streams;
    private final Executor executor;
    private final Call call;
    private Flow.Subscriber<? super KeyRecord> subscriber;

    private final ConcurrentLinkedQueue<KeyRecord> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger drains = new AtomicInteger();
    private final AtomicReference<Throwable> error = new AtomicReference<>();
    private final Set<AsyncStreams.Stream> active = ConcurrentHashMap.newKeySet();
    private final Set<AsyncStreams.Stream> paused = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean callEnded = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean cancelled;
    private volatile boolean complete;
    /** Set by the drain once a terminal signal went out (or the subscriber cancelled): nothing more is signalled. */
    private boolean terminated;

    private final ReentrantLock roundLock = new ReentrantLock();
    private PartitionTracker tracker;
    private List<PartitionTracker.NodeShare> shares;
    private long taskId;
    private int timeout;
    private int parallel;
    private int next;
    private int running;
    private RuntimeException roundFailure;

    RecordSubscription(Cluster cluster, AsyncStreams streams, Executor executor, Call call,
                       Flow.Subscriber<? super KeyRecord> subscriber) {
        this.cluster = cluster;
        this.streams = streams;
        this.executor = executor;
        this.call = call;
        this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
        if (cancelled) {
            return;
        }
        if (n <= 0) {
            fail(new IllegalArgumentException("Subscription.request(" + n + "): the demand must be positive"
                + " (Reactive Streams rule 3.9)"));
            return;
        }
        requested.getAndUpdate(r -> r + n < 0 ? Long.MAX_VALUE : r + n);
        if (!started) {
            start();
        } else if (wantsMore()) {
            for (AsyncStreams.Stream s : paused) {
                paused.remove(s);
                s.resume();
            }
        }
        drain();
    }

    @Override
    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        stopStreams();
        if (tracker != null) {
            tracker.failed();
        }
        endCall(new CancellationException("the subscriber cancelled the subscription"));
        drain();
    }

    private void start() {
        roundLock.lock();
        try {
            if (started) {
                return;
            }
            started = true;
        } finally {
            roundLock.unlock();
        }
        try {
            cluster.ensureConnected();
            PartitionTracker t = new PartitionTracker(call.policy(), call.cursor(), call.maxRecords());
            t.parentCall = ParentCall.start(cluster, call.type(), call.namespace(), call.set());
            tracker = t;
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        startRound();
    }

    private void startRound() {
        roundLock.lock();
        try {
            if (cancelled || error.get() != null) {
                return;
            }
            taskId = ThreadLocalRandom.current().nextLong();
            shares = tracker.assign(cluster, call.namespace());
            int max = call.maxConcurrentNodes();
            parallel = max == 0 ? shares.size() : Math.min(max, shares.size());
            timeout = tracker.totalTimeout();
            next = 0;
            running = 0;
            roundFailure = null;
        } catch (RuntimeException e) {
            tracker.failed();
            fail(e);
            return;
        } finally {
            roundLock.unlock();
        }
        launch();
    }

    /** Starts node streams of the round while fewer than {@code parallel} run. */
    private void launch() {
        while (true) {
            PartitionTracker.NodeShare share;
            long id;
            int roundTimeout;
            roundLock.lock();
            try {
                if (cancelled || roundFailure != null || next >= shares.size() || running >= parallel) {
                    return;
                }
                share = shares.get(next++);
                running++;
                id = taskId;
                roundTimeout = timeout;
            } finally {
                roundLock.unlock();
            }
            ShareFlow flow = new ShareFlow(share);
            CommandRequest request = call.requests().request(share, id, roundTimeout);
            AsyncStreams.Stream stream = streams.stream(request, new ScanReply(tracker, share, this::accept,
                call.serial()), tracker.deadlineNanos(), flow);
            flow.started(stream);
        }
    }

    /** A record of a node stream (on its event loop). */
    private void accept(KeyRecord record) {
        if (cancelled) {
            return;
        }
        queue.add(record);
        queued.incrementAndGet();
    }

    /** Records received and not yet signalled, for tests that bound them. */
    int queued() {
        return queued.get();
    }

    private boolean wantsMore() {
        drain();
        return !cancelled && queued.get() < requested.get();
    }

    /** A node stream ended (on its event loop). */
    private void ended(PartitionTracker.NodeShare share, RuntimeException failure) {
        if (cancelled) {
            return;
        }
        boolean roundOver;
        boolean stopOthers = false;
        roundLock.lock();
        try {
            running--;
            if (failure != null && !(failure instanceof AerospikeException ae && tracker.retryable(share, ae))
                && roundFailure == null) {
                roundFailure = failure;
                stopOthers = true;
            }
            roundOver = running == 0 && (roundFailure != null || next >= shares.size());
        } finally {
            roundLock.unlock();
        }
        if (stopOthers) {
            stopStreams();
        }
        if (!roundOver) {
            launch();
            drain();
            return;
        }
        if (roundFailure != null) {
            tracker.failed();
            fail(roundFailure);
            return;
        }
        boolean over;
        try {
            over = tracker.complete();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        if (over) {
            endCall(null);
            complete = true;
            drain();
        } else {
            streams.later(call.policy().sleepBetweenRetries() * 1_000_000L, this::startRound);
        }
    }

    private void stopStreams() {
        for (AsyncStreams.Stream s : active) {
            s.cancel();
        }
        paused.clear();
    }

    private void fail(Throwable e) {
        if (error.compareAndSet(null, e)) {
            stopStreams();
            endCall(e);
        }
        drain();
    }

    /** Reports the end of the call to the metrics listener, once. */
    private void endCall(Throwable failure) {
        PartitionTracker t = tracker;
        if (t != null && callEnded.compareAndSet(false, true)) {
            ParentCall.end(cluster, t.parentCall, failure);
        }
    }

    /** Runs {@link #drainLoop} on the executor unless a drain is already running (it then goes round again). */
    private void drain() {
        if (drains.getAndIncrement() == 0) {
            try {
                executor.execute(this::drainLoop);
            } catch (RejectedExecutionException e) {
                drainLoop();
            }
        }
    }

    private void drainLoop() {
        int missed = 1;
        while (true) {
            if (!terminated) {
                signal();
            }
            if (terminated) {
                queue.clear();
            }
            missed = drains.addAndGet(-missed);
            if (missed == 0) {
                return;
            }
        }
    }

    /** Delivers what demand allows, then the terminal signal when due. Only in the drain. */
    private void signal() {
        if (cancelled && error.get() == null) {
            terminate();
            return;
        }
        Throwable failure = error.get();
        if (failure != null) {
            Flow.Subscriber<? super KeyRecord> s = subscriber;
            terminate();
            cancelled = true;
            s.onError(failure);
            return;
        }
        long demand = requested.get();
        long emitted = 0;
        while (emitted != demand && !cancelled) {
            KeyRecord record = queue.poll();
            if (record == null) {
                break;
            }
            queued.decrementAndGet();
            emitted++;
            try {
                subscriber.onNext(record);
            } catch (RuntimeException e) {
                // Reactive Streams rule 2.13: a subscriber must not throw; its subscription is over
                LOG.warn("a scan subscriber's onNext threw; the subscription is cancelled", e);
                cancel();
                terminate();
                return;
            }
        }
        if (emitted > 0 && demand != Long.MAX_VALUE) {
            requested.addAndGet(-emitted);
        }
        if (cancelled) {
            terminate();
        } else if (complete && queue.isEmpty()) {
            Flow.Subscriber<? super KeyRecord> s = subscriber;
            terminate();
            cancelled = true;
            s.onComplete();
        }
    }

    private void terminate() {
        terminated = true;
        subscriber = null;
    }

    /** The flow of one node stream, for its share. */
    private final class ShareFlow implements AsyncStreams.Flow {
        private final PartitionTracker.NodeShare share;
        private boolean ended;

        ShareFlow(PartitionTracker.NodeShare share) {
            this.share = share;
        }

        /** The stream is running (unless it already ended): cancel reaches it from now on. */
        void started(AsyncStreams.Stream started) {
            roundLock.lock();
            try {
                if (ended) {
                    return;
                }
                active.add(started);
            } finally {
                roundLock.unlock();
            }
            if (cancelled || error.get() != null) {
                started.cancel();
            }
        }

        @Override
        public boolean wantsMore() {
            return RecordSubscription.this.wantsMore();
        }

        @Override
        public void paused(AsyncStreams.Stream s) {
            paused.add(s);
        }

        @Override
        public void ended(AsyncStreams.Stream s, RuntimeException failure) {
            roundLock.lock();
            try {
                ended = true;
            } finally {
                roundLock.unlock();
            }
            active.remove(s);
            paused.remove(s);
            RecordSubscription.this.ended(share, failure);
        }
    }
}
