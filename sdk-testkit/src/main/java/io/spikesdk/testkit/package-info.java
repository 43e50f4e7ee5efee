/**
 * The embedded Aerospike server for tests: {@link io.spikesdk.testkit.EmbeddedAerospike} (one node),
 * {@link io.spikesdk.testkit.EmbeddedCluster}, fault injection and the activity log. Public and stable
 * across minor versions.
 */
package io.spikesdk.testkit;
