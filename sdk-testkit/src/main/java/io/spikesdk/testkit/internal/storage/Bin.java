package io.spikesdk.testkit.internal.storage;

/**
 * One bin: its name (ISO-8859-1 text, one char per wire byte, so any byte sequence round-trips),
 * its particle type and its value as raw particle bytes. Values are never mutated once stored.
 */
public record Bin(String name, int type, byte[] value) {
}
