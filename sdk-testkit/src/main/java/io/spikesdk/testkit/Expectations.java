package io.spikesdk.testkit;

import io.spikesdk.testkit.internal.node.ActivityLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The request expectations declared on one server or cluster, verified together. Thread-safe. */
final class Expectations {
    private final Supplier<List<ActivityEntry>> activity;
    private final List<RequestExpectation> declared = new ArrayList<>();

    Expectations(Supplier<List<ActivityEntry>> activity) {
        this.activity = activity;
    }

    synchronized RequestExpectation declare() {
        RequestExpectation e = new RequestExpectation(activity, ActivityLog.lastSequence());
        declared.add(e);
        return e;
    }

    /** Checks every declared expectation; one AssertionError lists every failed one. */
    void verify() {
        List<String> failures = new ArrayList<>();
        for (RequestExpectation e : snapshot()) {
            String failure = e.failure();
            if (failure != null) {
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() == 1 ? failures.get(0)
                    : failures.size() + " request expectations failed:\n\n" + String.join("\n\n", failures));
        }
    }

    synchronized void clear() {
        declared.clear();
    }

    synchronized boolean isEmpty() {
        return declared.isEmpty();
    }

    private synchronized List<RequestExpectation> snapshot() {
        return List.copyOf(declared);
    }
}
