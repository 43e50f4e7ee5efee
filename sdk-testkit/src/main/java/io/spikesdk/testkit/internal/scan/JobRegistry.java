package io.spikesdk.testkit.internal.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The scan and query jobs of one node, newest first, for {@code query-show} and {@code query-abort}. Thread-safe. */
public final class JobRegistry {
    /** Finished jobs are forgotten beyond this many, oldest first. */
    static final int KEPT = 100;

    private final Deque<Job> jobs = new ArrayDeque<>();

    synchronized Job add(Job job) {
        jobs.removeIf(j -> j.trid() == job.trid());
        jobs.addFirst(job);
        if (jobs.size() > KEPT) {
            Iterator<Job> oldest = jobs.descendingIterator();
            while (jobs.size() > KEPT && oldest.hasNext()) {
                if (!oldest.next().isActive()) {
                    oldest.remove();
                }
            }
        }
        return job;
    }

    public synchronized Optional<Job> find(long trid) {
        return jobs.stream().filter(j -> j.trid() == trid).findFirst();
    }

    /** Every kept job, newest first. */
    public synchronized List<Job> all() {
        return new ArrayList<>(jobs);
    }
}
