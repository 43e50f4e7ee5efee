/**
 * Cluster tending, nodes, the partition map and replica routing. Internal: not for users; may change in any release.
 */
package io.spikesdk.core.internal.cluster;
