package io.spikesdk.it;

import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.RecordStream;

import java.util.NoSuchElementException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads an async scan's {@link Flow.Publisher} as the synchronous client's results: a {@link RecordStream} that
 * requests a few records at a time, or a callback run for each record until the publisher completes (an
 * exception from the callback cancels the subscription and is thrown). Each also checks the Reactive Streams
 * rules a test can see: one {@code onSubscribe} first, no {@code onNext} beyond demand, nothing after a terminal
 * signal, no signal from two threads at once.
 */
public final class PublisherStream implements RecordStream, Flow.Subscriber<KeyRecord> {
    private static final Object COMPLETE = new Object();
    private static final int BATCH = 8;

    private final LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    private final RuleCheck rules = new RuleCheck();
    private volatile Flow.Subscription subscription;
    private int unrequested;
    private Object next;
    private boolean finished;

    private PublisherStream() {
    }

    /** Subscribes to {@code publisher}; the records are read from the stream. */
    public static PublisherStream of(Flow.Publisher<KeyRecord> publisher) {
        PublisherStream stream = new PublisherStream();
        publisher.subscribe(stream);
        return stream;
    }

    /** Runs {@code callback} for each record of {@code publisher}; returns when it completed, throws its failure. */
    public static void forEach(Flow.Publisher<KeyRecord> publisher, Consumer<KeyRecord> callback) {
        try (PublisherStream stream = of(publisher)) {
            while (stream.hasNext()) {
                callback.accept(stream.next());
            }
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        rules.onSubscribe();
        subscription = s;
        unrequested = BATCH;
        rules.requested(BATCH);
        s.request(BATCH);
    }

    @Override
    public void onNext(KeyRecord record) {
        rules.onNext();
        signals.add(record);
    }

    @Override
    public void onError(Throwable e) {
        rules.terminal();
        signals.add(new Failure(e));
    }

    @Override
    public void onComplete() {
        rules.terminal();
        signals.add(COMPLETE);
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        Object signal;
        try {
            signal = signals.poll(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (signal == null) {
            throw new AssertionError("no signal from the publisher in 60 s");
        }
        rules.check();
        if (signal == COMPLETE) {
            finished = true;
            return false;
        }
        if (signal instanceof Failure f) {
            finished = true;
            if (f.cause instanceof RuntimeException re) {
                throw re;
            }
            throw new AssertionError("onError with a checked exception", f.cause);
        }
        next = signal;
        if (--unrequested == BATCH / 2) {
            unrequested += BATCH;
            rules.requested(BATCH);
            subscription.request(BATCH);
        }
        return true;
    }

    @Override
    public KeyRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        KeyRecord record = (KeyRecord) next;
        next = null;
        return record;
    }

    @Override
    public void close() {
        finished = true;
        next = null;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
            s.cancel(); // idempotent (rule 3.5)
        }
        rules.check();
    }

    private record Failure(Throwable cause) {
    }
}
