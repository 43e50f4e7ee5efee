package io.spikesdk.api;

/**
 * The kind of job {@link AerospikeClient#jobInfo} asks about (the spec's {@code JOB_SCAN}, {@code JOB_QUERY}). Servers
 * from 6.0 list scans and queries together ({@code query-show}), so both find every job.
 */
public enum JobModule {
    SCAN, QUERY
}
