/**
 * Internals of the CDT builders: op codes, payload packing and inspection, and the msgpack dialect.
 *
 * <p>Compatibility: none; may change in any release. Public only so sdk-core and sdk-testkit can share it.
 */
package io.spikesdk.cdt.internal;
