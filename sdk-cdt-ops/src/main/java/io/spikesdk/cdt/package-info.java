/**
 * List, map, bit and HyperLogLog operation builders: {@link io.spikesdk.cdt.ListOperations},
 * {@link io.spikesdk.cdt.MapOperations}, {@link io.spikesdk.cdt.BitOperations},
 * {@link io.spikesdk.cdt.HllOperations}, path selects and modifies ({@link io.spikesdk.cdt.PathOperations} with
 * {@link io.spikesdk.cdt.SelectFlags} / {@link io.spikesdk.cdt.ModifyFlags}, server 8.1+), their policies, flags
 * and return types, and {@link io.spikesdk.cdt.CTX} paths into nested collections (and
 * {@link io.spikesdk.cdt.CTX#indexContext} for secondary indexes). The embedded server does not run bit, HLL and
 * path operations yet: it answers them PARAMETER_ERROR (4).
 *
 * <p>Compatibility: public and stable, like {@code io.spikesdk.api}. Every type here is immutable and
 * thread-safe. The bytes each builder produces equal the official Aerospike Java client's for the same
 * arguments.
 */
package io.spikesdk.cdt;
