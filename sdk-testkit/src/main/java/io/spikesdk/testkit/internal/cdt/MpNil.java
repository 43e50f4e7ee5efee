package io.spikesdk.testkit.internal.cdt;

/** The msgpack nil ({@code c0}). */
record MpNil() implements Element {
    static final MpNil INSTANCE = new MpNil();
}
