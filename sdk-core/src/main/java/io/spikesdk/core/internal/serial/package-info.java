/**
 * Serialization of values without an Aerospike type (docs/architecture.md §3): the per-client serializers, the
 * write fallback of each {@link io.spikesdk.api.SerializerMode}, and the read rules for blob particles.
 * Internal: may change in any release.
 */
package io.spikesdk.core.internal.serial;
