/**
 * Part of the embedded server's implementation. Internal: not for users; may change in any release.
 */
package io.spikesdk.testkit.internal.node;
