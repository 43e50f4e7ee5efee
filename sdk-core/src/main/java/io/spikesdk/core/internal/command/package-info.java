/**
 * Single-record commands: request encoding (byte-identical to the official client), response parsing,
 * timeouts and retries. Internal: not for users; may change in any release.
 */
package io.spikesdk.core.internal.command;
