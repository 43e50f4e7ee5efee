package io.spikesdk.testkit.internal.cdt;

/** A msgpack boolean ({@code c2} / {@code c3}). */
public record MpBool(boolean value) implements Element {
}
