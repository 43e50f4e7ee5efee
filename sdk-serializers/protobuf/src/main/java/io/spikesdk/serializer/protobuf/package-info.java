/**
 * The {@code protobuf} serializer (messages stored as {@code Any}). Use it through its name in the client
 * config; the classes here are public only for ServiceLoader and may change in any release.
 */
package io.spikesdk.serializer.protobuf;
