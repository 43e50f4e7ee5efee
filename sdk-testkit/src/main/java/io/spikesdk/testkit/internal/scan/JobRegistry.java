package io.spikesdk.testkit.internal.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The scan and query jobs of one node, newest first, for {@code query-show} and {@code query-abort}. As on the real
 * server (SRV {@code query_manager.c}), a job id must be unique among the active jobs and the last 100 finished
 * ones ({@code query-max-done}); short queries are not jobs. Thread-safe.
 */
public final class JobRegistry {
    /** Finished jobs kept, oldest forgotten first (the server's {@code query-max-done} default). */
    static final int MAX_DONE = 100;

    private final Deque<Job> jobs = new ArrayDeque<>();
    private long lastAssigned;

    /** The id of a new job: the one the request names, or for none (0) the node's next number from 1. */
    synchronized long trid(long requested) {
        return requested != 0 ? requested : ++lastAssigned;
    }

    /** Registers a new job; false (the job is refused with 4) when its id is taken. */
    synchronized boolean add(Job job) {
        if (jobs.stream().anyMatch(j -> j.trid() == job.trid())) {
            return false;
        }
        jobs.addFirst(job);
        long finished = jobs.stream().filter(j -> !j.isActive()).count();
        for (Iterator<Job> oldest = jobs.descendingIterator(); finished > MAX_DONE && oldest.hasNext();) {
            if (!oldest.next().isActive()) {
                oldest.remove();
                finished--;
            }
        }
        return true;
    }

    public synchronized Optional<Job> find(long trid) {
        return jobs.stream().filter(j -> j.trid() == trid).findFirst();
    }

    /** Every kept job, newest first. */
    public synchronized List<Job> all() {
        return new ArrayList<>(jobs);
    }

    /** Forgets the finished jobs (part of a server reset); active ones run on and stay listed. */
    public synchronized void forgetFinished() {
        jobs.removeIf(j -> !j.isActive());
    }
}
