package io.spikesdk.testkit.internal.cdt;

/** The msgpack nil ({@code c0}). */
public record MpNil() implements Element {
    public static final MpNil INSTANCE = new MpNil();
}
