package io.spikesdk.serializer.kryo;

import io.spikesdk.testfixtures.serializer.EvilBase;
import io.spikesdk.testfixtures.serializer.Flags;

/**
 * A stand-in for a gadget class: its static initializer and (through {@link EvilBase}) its constructor set
 * flags. Never instantiated by the tests; its streams are {@link SafeThing}'s with the name or id swapped.
 */
public class EvilThing extends EvilBase {

    static {
        Flags.STATIC_INIT.set(true);
    }

    String note;
}
