/**
 * JUnit 5 support: annotate a test class with {@link io.spikesdk.testkit.junit.EmbeddedAerospikeTest} and
 * take an {@code AerospikeClient}, {@code ClientConfig}, {@code List<Host>}, {@code EmbeddedAerospike} or
 * {@code EmbeddedCluster} as a parameter of a test, lifecycle method or constructor.
 *
 * <p>Requires {@code org.junit.jupiter:junit-jupiter-api} on the test classpath: {@code sdk-testkit}
 * declares it optional, so only users of this package need it.
 *
 * <p>Compatibility: public and stable, like the rest of the testkit API; attributes may be added to the
 * annotation, never removed or renamed before a major version.
 */
package io.spikesdk.testkit.junit;
