package io.spikesdk.serializer.java;

import io.spikesdk.testfixtures.serializer.EvilBase;
import io.spikesdk.testfixtures.serializer.Flags;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * A stand-in for a deserialization gadget: every hook Java serialization may run sets a flag. Never
 * instantiated by the tests; its bytes are {@link SafeThing}'s with the class name swapped (same length, same
 * serialVersionUID and fields), so that the test JVM never initializes this class itself.
 */
public class EvilThing extends EvilBase implements Serializable {

    private static final long serialVersionUID = 1L;

    static {
        Flags.STATIC_INIT.set(true);
    }

    String note;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        Flags.READ_OBJECT.set(true);
        in.defaultReadObject();
    }

    private Object readResolve() {
        Flags.READ_RESOLVE.set(true);
        return this;
    }
}
