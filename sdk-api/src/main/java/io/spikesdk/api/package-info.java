/**
 * The public API of the Spike SDK: {@link io.spikesdk.api.Aerospike} (entry point),
 * {@link io.spikesdk.api.AerospikeClient}, keys, values, records, operations, policies and errors.
 *
 * <p>Compatibility: public and stable. Types and methods here keep source and binary compatibility
 * across minor versions; members may be added, never removed or renamed before a major version.
 * All value types here are immutable and thread-safe.
 *
 * <p>Bad arguments: a {@code null} where a value is required throws {@link java.lang.NullPointerException}
 * and an out-of-range or malformed argument throws {@link java.lang.IllegalArgumentException}, both naming
 * the argument and thrown before anything is sent; these are programming errors, never an
 * {@link io.spikesdk.api.AerospikeException}. {@link io.spikesdk.api.ParameterException} means the server
 * answered result code 4 ({@link io.spikesdk.api.ResultCode#PARAMETER_ERROR}).
 */
package io.spikesdk.api;
