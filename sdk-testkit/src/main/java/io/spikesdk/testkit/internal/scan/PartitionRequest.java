package io.spikesdk.testkit.internal.scan;

import io.spikesdk.testkit.internal.storage.Digest;

/**
 * One partition a scan or query asks for: from its start, or resuming after a digest (and, for a query, after
 * that record's index value).
 *
 * @param partitionId 0..4095
 * @param resumeAfter the last digest the client received from this partition, or null
 * @param bval the index value of that record (queries only; 0 otherwise)
 */
record PartitionRequest(int partitionId, Digest resumeAfter, long bval) {
}
