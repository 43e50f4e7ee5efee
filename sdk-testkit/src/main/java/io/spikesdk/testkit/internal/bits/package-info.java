/**
 * The embedded server's bit engine: BIT_READ (12) and BIT_MODIFY (13) ops on blob bins, and the bit system of
 * expression CALLs. Part of the embedded server's implementation. Internal: not for users; may change in any release.
 */
package io.spikesdk.testkit.internal.bits;
