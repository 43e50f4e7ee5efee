/**
 * Testcontainers support: {@link io.spikesdk.testkit.containers.AerospikeContainer} runs a real Aerospike
 * server in Docker for tests that need one, and waits for it with a real info request
 * ({@link io.spikesdk.testkit.containers.AerospikeInfoWaitStrategy}).
 *
 * <p>Requires {@code org.testcontainers:testcontainers} on the test classpath: {@code sdk-testkit} declares it
 * optional, so only users of this package need it. No Aerospike client library is pulled in.
 *
 * <p>Compatibility: public and stable, like the rest of the testkit API.
 */
package io.spikesdk.testkit.containers;
