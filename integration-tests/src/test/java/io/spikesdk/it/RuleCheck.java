package io.spikesdk.it;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Reactive Streams rules a subscriber can check (1.3 serial signals, 1.1 no onNext beyond demand, 1.7 nothing
 * after a terminal signal, 1.9 onSubscribe first and once): a violation is kept and thrown by {@link #check()}.
 */
public final class RuleCheck {
    private final AtomicInteger inSignal = new AtomicInteger();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicReference<String> violation = new AtomicReference<>();
    private volatile boolean subscribed;
    private volatile boolean terminated;

    /** onSubscribe, with the first request of {@code n} about to be made by the caller ({@link #requested}). */
    public void onSubscribe() {
        enter("onSubscribe");
        if (subscribed) {
            violated("onSubscribe twice");
        }
        subscribed = true;
        leave();
    }

    /** The subscriber requests {@code n}. Call before {@code request(n)}. */
    public void requested(long n) {
        demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
    }

    public void onNext() {
        enter("onNext");
        if (demand.getAndDecrement() <= 0) {
            violated("onNext beyond demand");
        }
        leave();
    }

    public void terminal() {
        enter("terminal signal");
        terminated = true;
        leave();
    }

    private void enter(String signal) {
        if (inSignal.getAndIncrement() != 0) {
            violated(signal + " while another signal runs");
        }
        if (terminated) {
            violated(signal + " after a terminal signal");
        }
        if (!subscribed && !signal.equals("onSubscribe")) {
            violated(signal + " before onSubscribe");
        }
    }

    private void leave() {
        inSignal.decrementAndGet();
    }

    private void violated(String what) {
        violation.compareAndSet(null, what);
    }

    /** @throws AssertionError for the first rule violated */
    public void check() {
        String v = violation.get();
        if (v != null) {
            throw new AssertionError("Reactive Streams rule violated: " + v);
        }
    }
}
