/**
 * Part of the embedded server's implementation: the batch-index protocol (docs/wire-protocol.md §12), the parent
 * message split into one single-record message per key, and the response stream cut into the server's buffers.
 * Internal: not for users; may change in any release.
 */
package io.spikesdk.testkit.internal.batch;
