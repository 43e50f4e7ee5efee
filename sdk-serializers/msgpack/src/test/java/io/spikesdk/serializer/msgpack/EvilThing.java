package io.spikesdk.serializer.msgpack;

/** A stand-in for a gadget class: its static initializer and (through {@link EvilBase}) its constructor set flags. */
public class EvilThing extends EvilBase {

    static {
        Flags.STATIC_INIT.set(true);
    }

    public String note;
}
