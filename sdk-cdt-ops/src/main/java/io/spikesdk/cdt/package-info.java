/**
 * List and map operation builders: {@link io.spikesdk.cdt.ListOperations},
 * {@link io.spikesdk.cdt.MapOperations}, their policies, flags and return types, and
 * {@link io.spikesdk.cdt.CTX} paths into nested collections.
 *
 * <p>Compatibility: public and stable, like {@code io.spikesdk.api}. Every type here is immutable and
 * thread-safe. The bytes each builder produces equal the official Aerospike Java client's for the same
 * arguments.
 */
package io.spikesdk.cdt;
