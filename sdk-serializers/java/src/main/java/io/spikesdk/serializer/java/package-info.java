/**
 * The {@code java} serializer: Java serialization behind an allow-list, the engine of the BUILTIN mode.
 * Use it through its name in the client config; the classes here are public only for ServiceLoader.
 */
package io.spikesdk.serializer.java;
