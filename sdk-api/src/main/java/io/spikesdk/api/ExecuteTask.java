package io.spikesdk.api;

/**
 * A background job started by {@link AerospikeClient#execute}: each node applies the operations to the records the
 * statement selects, on its own. The job is known by its id on every node ({@code query-show}).
 */
public interface ExecuteTask {

    /** The job's id (the request's task id), as {@code query-show:trid=} takes it. */
    long taskId();

    /** Whether every node finished the job (a node that no longer lists it finished it); asks the nodes. */
    boolean isDone();

    /**
     * Waits until {@link #isDone()}, asking the nodes every 100 ms.
     *
     * @throws CommandTimeoutException when the job does not end within 30 s or 30 times the read policy's total
     *     timeout, whichever is longer
     */
    void waitTillComplete();
}
