/**
 * The {@code jackson} serializer (JSON, no default typing). Use it through its name in the client
 * config; the classes here are public only for ServiceLoader and may change in any release.
 */
package io.spikesdk.serializer.jackson;
