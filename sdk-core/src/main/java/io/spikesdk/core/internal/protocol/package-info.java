/**
 * The wire codec shared by the client and the embedded server: proto header, AS_MSG, fields, ops and
 * info messages. Internal: not for users; may change in any release.
 */
package io.spikesdk.core.internal.protocol;
