package io.spikesdk.api;

/** How long a query is expected to run, which tells the server how to run it. */
public enum QueryDuration {
    /** Many records per node: a long query, tracked as a job. */
    LONG,
    /** Few records per node (up to about 100): run at once, not tracked as a job. */
    SHORT,
    /** As LONG, and in AP namespaces reading replicas of partitions that migrate is allowed. */
    LONG_RELAX_AP
}
