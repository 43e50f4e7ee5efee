/**
 * HyperLogLog (HyperMinHash) sketches of the embedded server: the particle layout, element hashing, register
 * packing, the estimators and the HLL_READ / HLL_MODIFY ops, bit-identical to the real server's. Internal: not for
 * users; may change in any release.
 */
package io.spikesdk.testkit.internal.hll;
