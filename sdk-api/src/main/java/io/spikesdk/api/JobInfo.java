package io.spikesdk.api;

/**
 * A background job over the whole cluster (the spec's {@code job_info}), aggregated from {@code query-show} on every
 * node as the official clients aggregate it: in progress when one node runs it; {@code progressPct} is the slowest
 * listing node's whole percent of partitions done (0 when no node lists the job); {@code recordsRead} sums the
 * records the nodes processed successfully ({@code recs-succeeded}).
 */
public record JobInfo(JobStatus status, int progressPct, long recordsRead) {
}
