package io.spikesdk.api;

import java.time.Duration;

/**
 * A background job started by {@link AerospikeClient#execute}: each node applies the operations to the records the
 * statement selects, on its own. The job is known by its id on every node ({@code query-show}); every method but
 * {@link #taskId()} asks the active nodes. Thread-safe.
 */
public interface ExecuteTask {

    /** The job's id (the request's task id), as {@code query-show:trid=} and {@link AerospikeClient#jobInfo} take it. */
    long taskId();

    /**
     * {@link JobStatus#IN_PROGRESS} while a node runs the job, else {@link JobStatus#COMPLETED} (a node that no
     * longer lists it finished it: it accepted the job before {@code execute} returned). Never {@code UNDEF}.
     *
     * @throws AerospikeException when a node answers an error
     */
    JobStatus queryStatus();

    /**
     * {@link AerospikeClient#jobInfo} of this job, with its status as {@link #queryStatus()} reports it: once no node
     * lists the job any more, {@code COMPLETED} at 100 % with 0 records (the counts are gone with the listings).
     */
    JobInfo info();

    /** Whether every node finished the job: {@link #queryStatus()} is {@link JobStatus#COMPLETED}. */
    boolean isDone();

    /**
     * Waits until {@link #isDone()}, asking the nodes every 100 ms.
     *
     * @throws CommandTimeoutException when the job does not end within 30 s or 30 times the read policy's total
     *     timeout, whichever is longer
     */
    void waitTillComplete();

    /**
     * Waits until {@link #isDone()}, asking the nodes every {@code pollInterval}.
     *
     * @param timeout how long to wait at most; {@link Duration#ZERO} waits as long as the job runs
     * @param pollInterval the pause between two rounds of questions, positive
     * @throws CommandTimeoutException when the job does not end within {@code timeout}
     * @throws IllegalArgumentException for a negative timeout or a pause that is not positive
     */
    void waitTillComplete(Duration timeout, Duration pollInterval);
}
