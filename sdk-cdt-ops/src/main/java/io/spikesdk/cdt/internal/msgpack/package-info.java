/**
 * The Aerospike msgpack dialect (particle-type prefixes, ordered-container ext markers), shared by the
 * operation builders and sdk-core. Internal: not for users; may change in any release.
 */
package io.spikesdk.cdt.internal.msgpack;
