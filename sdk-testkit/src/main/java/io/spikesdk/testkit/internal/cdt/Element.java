package io.spikesdk.testkit.internal.cdt;

/**
 * One decoded msgpack element in the Aerospike dialect. Scalars are immutable records; lists and maps are
 * mutable containers so that operations can edit a decoded bin in place before it is re-encoded.
 */
public sealed interface Element permits MpNil, MpBool, MpInt, MpFloat, MpBytes, MpList, MpMap, MpExt {
}
