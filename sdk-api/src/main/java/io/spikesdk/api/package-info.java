/**
 * The public API of the Spike SDK: {@link io.spikesdk.api.Aerospike} (entry point),
 * {@link io.spikesdk.api.AerospikeClient}, keys, values, records, operations, policies and errors.
 *
 * <p>Compatibility: public and stable. Types and methods here keep source and binary compatibility
 * across minor versions; members may be added, never removed or renamed before a major version.
 * All value types here are immutable and thread-safe.
 */
package io.spikesdk.api;
