package io.spikesdk.api;

/**
 * Where a background job stands over the whole cluster (the spec's {@code JOB_STATUS_*}), as {@link
 * AerospikeClient#jobInfo} and {@link ExecuteTask#queryStatus()} report it.
 */
public enum JobStatus {
    /**
     * No node lists the job: an id never used, or a job the nodes forgot (a node keeps its last 100 finished jobs,
     * {@code query-max-done}). {@link ExecuteTask#queryStatus()} never reports it: a job it started and no node
     * lists any more is {@link #COMPLETED}.
     */
    UNDEF,
    /** At least one node is still running the job. */
    IN_PROGRESS,
    /** Every node that lists the job finished it, normally or aborted (see {@link ScanStatus#ABORTED}). */
    COMPLETED
}
