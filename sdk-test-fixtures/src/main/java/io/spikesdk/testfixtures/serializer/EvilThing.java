package io.spikesdk.testfixtures.serializer;

/**
 * A stand-in for a gadget class named in a payload: its static initializer and (through {@link EvilBase}) its
 * constructor set flags. Tests name it only as a string, so the test JVM never initializes it itself.
 */
public class EvilThing extends EvilBase {

    static {
        Flags.STATIC_INIT.set(true);
    }

    public String note;
}
