package io.spikesdk.exp;

import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

import java.nio.charset.StandardCharsets;

/** A node whose msgpack bytes are fixed when it is created: literals, names, spliced expressions. */
final class Packed extends Exp {
    private final byte[] bytes;

    private Packed(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Takes ownership of {@code bytes}; callers pass a fresh array. */
    static Packed ofOwned(byte[] bytes) {
        return new Packed(bytes);
    }

    /** A plain msgpack string without the particle-type byte (bin, variable and regex names). */
    static Packed name(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        MsgPackWriter out = new MsgPackWriter(utf8.length + 5);
        out.packStringHeader(utf8.length);
        out.packRaw(utf8, 0, utf8.length);
        return new Packed(out.toByteArray());
    }

    /** A msgpack integer. */
    static Packed integer(long value) {
        MsgPackWriter out = new MsgPackWriter(16);
        out.packLong(value);
        return new Packed(out.toByteArray());
    }

    @Override
    void pack(MsgPackWriter out) {
        out.packRaw(bytes, 0, bytes.length);
    }
}
