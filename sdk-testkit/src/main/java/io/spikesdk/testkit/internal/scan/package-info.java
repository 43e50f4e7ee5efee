/**
 * Scans and secondary-index queries of the embedded server: the request fields, the partitions a node serves, and
 * the stream of record rows, partition-done markers and the LAST message (docs/wire-protocol.md §13).
 *
 * <p>Part of the embedded server's implementation. Internal: not for users; may change in any release.
 */
package io.spikesdk.testkit.internal.scan;
