package io.spikesdk.api;

/** Where a scan job stands over the whole cluster (the spec's {@code SCAN_STATUS_*}), as {@link AerospikeClient#scanInfo} reports it. */
public enum ScanStatus {
    /** No node lists the job (see {@link JobStatus#UNDEF}). */
    UNDEF,
    /** At least one node is still running the job. */
    IN_PROGRESS,
    /** Every node that lists the job finished it, and at least one stopped it early: aborted by {@code query-abort}
     * or abandoned by the server (a client that stopped reading, a response error or timeout). */
    ABORTED,
    /** Every node that lists the job finished it normally. */
    COMPLETED
}
