package io.spikesdk.serializer.protobuf;

/** A class whose name appears in a forged type URL; its static initializer must never run. */
public class EvilThing {

    static {
        Flags.STATIC_INIT.set(true);
    }

    public EvilThing() {
        Flags.CONSTRUCTOR.set(true);
    }
}
