package io.spikesdk.testfixtures.serializer;

/** The non-serializable superclass: deserializing a subclass runs this no-argument constructor. */
public class EvilBase {

    public EvilBase() {
        Flags.CONSTRUCTOR.set(true);
    }
}
